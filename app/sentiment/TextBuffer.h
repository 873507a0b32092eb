#pragma once

#include <QStringView>

#include <algorithm>
#include <cstring>
#include <vector>

namespace reelpulse::sentiment {

// A growable UTF-16 buffer that keeps its capacity from text to text: appending is an inline copy and, once warm,
// never allocates. The tokenizer's working text, lower-cased words and emoji keys live in these.
class TextBuffer final
{
public:
    TextBuffer() = default;
    Q_DISABLE_COPY_MOVE(TextBuffer)

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear() { m_size = 0; }
    void truncate(qsizetype size) { m_size = std::min(m_size, size); }

    // Makes room for `count` more units at the end and returns where they go (the size grows by count).
    char16_t *extend(qsizetype count)
    {
        const auto needed = std::size_t(m_size + count);
        if (needed > m_units.size())
            m_units.resize(std::max(needed, m_units.size() * 2 + 64));
        char16_t *at = m_units.data() + m_size;
        m_size += count;
        return at;
    }
    // Room for `count` more units after the end, without changing the size: write there, then grow().
    char16_t *tail(qsizetype count)
    {
        const qsizetype size = m_size;
        extend(count);
        m_size = size;
        return m_units.data() + m_size;
    }
    // Takes `count` units written at tail() into the text.
    void grow(qsizetype count) { m_size += count; }
    // `text` must not point into this buffer (growing may move it).
    void append(QStringView text)
    {
        if (!text.isEmpty())
            std::memcpy(extend(text.size()), text.utf16(), sizeof(char16_t) * std::size_t(text.size()));
    }
    void append(char16_t unit) { *extend(1) = unit; }

    QStringView view() const { return QStringView(m_units.data(), m_size); }
    QStringView sliced(qsizetype position, qsizetype length) const
    {
        return QStringView(m_units.data() + position, length);
    }

private:
    std::vector<char16_t> m_units;
    qsizetype m_size = 0;
};

} // namespace reelpulse::sentiment
