// GIF's variable-length LZW compression of palette indices, packed into the format's 255-byte sub-blocks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ebmui {

/// Appends to `out` the image data of one GIF frame: the minimum code size byte (8: 256-entry palettes),
/// the LZW codes of `indices` in sub-blocks of at most 255 bytes, and the block terminator.
void appendGifImageData(const std::uint8_t* indices, std::size_t count, std::vector<std::uint8_t>& out);

}  // namespace ebmui
