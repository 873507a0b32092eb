// Replays inputs through a fuzz target without libFuzzer, so the normal (and the sanitizer) test build
// keeps every crash input and seed tested: `fuzz_<target>_replay [file|folder]...`. Without arguments it
// replays the folders compiled in (REELPULSE_FUZZ_INPUTS, separated by '|': the target's seeds, regressions
// and fixtures).
// A crash, a sanitizer report or a broken invariant ends the process; otherwise it prints how many inputs
// it replayed and exits 0 (1 when it found none, which means the folders are wrong).
#include "FuzzSupport.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::string> split(const std::string &list)
{
    std::vector<std::string> parts;
    std::string::size_type begin = 0;
    while (begin <= list.size()) {
        const std::string::size_type end = std::min(list.find('|', begin), list.size());
        if (end > begin)
            parts.push_back(list.substr(begin, end - begin));
        begin = end + 1;
    }
    return parts;
}

void collect(const std::filesystem::path &path, std::vector<std::filesystem::path> &files)
{
    if (std::filesystem::is_regular_file(path)) {
        files.push_back(path);
        return;
    }
    if (!std::filesystem::is_directory(path))
        return;
    std::vector<std::filesystem::path> found;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.rfind("README", 0) != 0 && name.front() != '.')
            found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> roots(argv + 1, argv + argc);
    if (roots.empty())
        roots = split(REELPULSE_FUZZ_INPUTS);
    LLVMFuzzerInitialize(&argc, &argv);

    std::vector<std::filesystem::path> files;
    for (const std::string &root : roots)
        collect(root, files);
    for (const std::filesystem::path &file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::fprintf(stderr, "replaying %s (%zu bytes)\n", file.string().c_str(), data.size());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.data()), data.size());
    }
    std::printf("%zu inputs replayed\n", files.size());
    return files.empty() ? 1 : 0;
}
