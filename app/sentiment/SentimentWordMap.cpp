#include "sentiment/SentimentWordMap.h"

#include <cstring>

namespace reelpulse::sentiment {

std::uint32_t SentimentWordMap::hashOf(QStringView key)
{
    // FNV-1a over the UTF-16 code units.
    std::uint32_t hash = 2166136261u;
    for (const QChar ch : key) {
        hash ^= ch.unicode();
        hash *= 16777619u;
    }
    return hash | 1u; // never 0, so 0 marks an empty slot
}

int SentimentWordMap::findSlot(QStringView key, std::uint32_t hash) const
{
    if (m_slots.empty())
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    std::size_t index = hash & mask;
    const auto length = static_cast<std::int32_t>(key.size());
    while (true) {
        const Slot &slot = m_slots[index];
        if (slot.hash == 0)
            return static_cast<int>(index);
        if (slot.hash == hash && slot.keyLength == length &&
            std::memcmp(m_pool.data() + slot.keyOffset, key.utf16(), sizeof(char16_t) * std::size_t(length)) == 0)
            return static_cast<int>(index);
        index = (index + 1) & mask;
    }
}

void SentimentWordMap::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.hash == 0)
            continue;
        std::size_t index = slot.hash & mask;
        while (m_slots[index].hash != 0)
            index = (index + 1) & mask;
        m_slots[index] = slot;
    }
}

void SentimentWordMap::reserve(int count)
{
    std::size_t capacity = 64;
    while (capacity < std::size_t(count) * 2)
        capacity *= 2;
    if (capacity <= m_slots.size())
        return;
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(capacity, Slot{});
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.hash == 0)
            continue;
        std::size_t index = slot.hash & mask;
        while (m_slots[index].hash != 0)
            index = (index + 1) & mask;
        m_slots[index] = slot;
    }
    m_pool.reserve(std::size_t(count) * 8);
}

void SentimentWordMap::insert(QStringView key, int payload)
{
    if (std::size_t(m_count + 1) * 2 > m_slots.size())
        grow();
    const std::uint32_t hash = hashOf(key);
    const int index = findSlot(key, hash);
    Slot &slot = m_slots[std::size_t(index)];
    if (slot.hash == 0) {
        slot.hash = hash;
        slot.keyOffset = static_cast<std::int32_t>(m_pool.size());
        slot.keyLength = static_cast<std::int32_t>(key.size());
        m_pool.append(reinterpret_cast<const char16_t *>(key.utf16()), std::size_t(key.size()));
        ++m_count;
    }
    slot.payload = payload;
}

int SentimentWordMap::find(QStringView key) const
{
    const int index = findSlot(key, hashOf(key));
    if (index < 0)
        return -1;
    return m_slots[std::size_t(index)].payload;
}

} // namespace reelpulse::sentiment
