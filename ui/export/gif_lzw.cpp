#include "export/gif_lzw.h"

#include <algorithm>
#include <array>

namespace ebmui {
namespace {

constexpr int kMinimumCodeSize = 8;  // 256-entry palettes
constexpr int kClearCode = 1 << kMinimumCodeSize;
constexpr int kEndCode = kClearCode + 1;
constexpr int kLargestCode = 4095;  // GIF codes are at most 12 bits

// The LZW string table: (prefix code, next index) → code, open addressing over a power-of-two table that
// stays less than half full (at most 3838 entries between two clears).
class StringTable {
 public:
  StringTable() { clear(); }
  void clear() { keys_.fill(0); }
  // The code of prefix+index, or −1.
  int find(int prefix, int index) const {
    const std::uint32_t key = keyOf(prefix, index);
    for (std::uint32_t slot = hash(key);; slot = (slot + 1) & kMask) {
      if (keys_[slot] == key) return codes_[slot];
      if (keys_[slot] == 0) return -1;
    }
  }
  void insert(int prefix, int index, int code) {
    const std::uint32_t key = keyOf(prefix, index);
    std::uint32_t slot = hash(key);
    while (keys_[slot] != 0)
      slot = (slot + 1) & kMask;
    keys_[slot] = key;
    codes_[slot] = std::uint16_t(code);
  }

 private:
  static constexpr std::uint32_t kSize = 8192, kMask = kSize - 1;
  // +1 so that 0 marks an empty slot.
  static std::uint32_t keyOf(int prefix, int index) {
    return (std::uint32_t(prefix) << 8 | std::uint32_t(index)) + 1;
  }
  static std::uint32_t hash(std::uint32_t key) { return ((key * 2654435761u) >> 19) & kMask; }
  std::array<std::uint32_t, kSize> keys_;
  std::array<std::uint16_t, kSize> codes_;
};

// Packs codes least significant bit first, as GIF wants.
class BitPacker {
 public:
  explicit BitPacker(std::vector<std::uint8_t>& bytes) : bytes_(bytes) {}
  void put(int code, int size) {
    buffer_ |= std::uint32_t(code) << filled_;
    filled_ += size;
    while (filled_ >= 8) {
      bytes_.push_back(std::uint8_t(buffer_ & 0xff));
      buffer_ >>= 8;
      filled_ -= 8;
    }
  }
  void flush() {
    if (filled_ > 0) bytes_.push_back(std::uint8_t(buffer_ & 0xff));
    buffer_ = 0;
    filled_ = 0;
  }

 private:
  std::vector<std::uint8_t>& bytes_;
  std::uint32_t buffer_ = 0;
  int filled_ = 0;
};

}  // namespace

void appendGifImageData(const std::uint8_t* indices, std::size_t count, std::vector<std::uint8_t>& out) {
  std::vector<std::uint8_t> codes;
  codes.reserve(count / 2 + 16);
  BitPacker bits(codes);
  StringTable table;
  int codeSize = kMinimumCodeSize + 1;
  int lastCode = kEndCode;
  bits.put(kClearCode, codeSize);
  if (count > 0) {
    int current = indices[0];
    for (std::size_t i = 1; i < count; ++i) {
      const int next = indices[i];
      const int longer = table.find(current, next);
      if (longer >= 0) {
        current = longer;
        continue;
      }
      bits.put(current, codeSize);
      table.insert(current, next, ++lastCode);
      // The decoder widens its codes once the table outgrows them; do so at the same moment.
      if (lastCode >= (1 << codeSize)) ++codeSize;
      if (lastCode == kLargestCode) {
        bits.put(kClearCode, codeSize);
        table.clear();
        codeSize = kMinimumCodeSize + 1;
        lastCode = kEndCode;
      }
      current = next;
    }
    bits.put(current, codeSize);
  }
  bits.put(kClearCode, codeSize);
  bits.put(kEndCode, kMinimumCodeSize + 1);
  bits.flush();

  out.push_back(std::uint8_t(kMinimumCodeSize));
  for (std::size_t at = 0; at < codes.size(); at += 255) {
    const std::size_t size = std::min<std::size_t>(255, codes.size() - at);
    out.push_back(std::uint8_t(size));
    out.insert(out.end(), codes.begin() + std::ptrdiff_t(at), codes.begin() + std::ptrdiff_t(at + size));
  }
  out.push_back(0);
}

}  // namespace ebmui
