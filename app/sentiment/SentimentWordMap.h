#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace reelpulse::sentiment {

// An immutable-after-build, allocation-free-lookup hash map from UTF-16 strings to an int payload.
// Lookups take a QStringView, so tokens are looked up in place without building a QString.
class SentimentWordMap final
{
public:
    SentimentWordMap() = default;

    // Inserts or overwrites (the last insertion of a key wins, like a Python dict built line by line).
    void insert(QStringView key, int payload);
    // Sizes the table for `count` keys at once (no rehashing while loading).
    void reserve(int count);
    // Returns the payload, or -1.
    int find(QStringView key) const;
    bool contains(QStringView key) const { return find(key) >= 0; }
    int size() const { return m_count; }
    // Calls f(key, payload) for every entry (in table order).
    template <typename F> void forEach(F &&f) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.hash != 0)
                f(QStringView(m_pool.data() + slot.keyOffset, slot.keyLength), slot.payload);
        }
    }

private:
    struct Slot
    {
        std::uint32_t hash = 0;
        std::int32_t keyOffset = -1;
        std::int32_t keyLength = 0;
        std::int32_t payload = -1;
    };

    static std::uint32_t hashOf(QStringView key);
    void grow();
    int findSlot(QStringView key, std::uint32_t hash) const;

    std::vector<Slot> m_slots;
    std::u16string m_pool;
    int m_count = 0;
};

} // namespace reelpulse::sentiment
