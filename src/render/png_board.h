// PNG files that carry the board: the picture for the report, with the board
// JSON inside an iTXt chunk so that opening the PNG restores the editable
// board (as Excalidraw does with its scenes). libpng encodes and decodes.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace nt {

// The iTXt keyword under which the board JSON is stored.
constexpr const char* kPngBoardKeyword = "netwerktafel-board";

// Pixels as OpenGL or a person hands them over: RGBA, 8 bits per channel,
// rows packed without padding. The alpha channel is not written (the board is
// opaque).
struct RgbaImage {
    int width = 0;
    int height = 0;
    bool bottomUp = false;            // true for glReadPixels' row order
    std::vector<std::uint8_t> pixels; // width * height * 4 bytes
};

// How the image data is compressed. The defaults are the export's setting,
// chosen on bench/png_encoder_bench's figures (docs/benchmarks.md): zlib
// level 1 without a row filter packs the board (large flat areas, sharp
// text) fastest and into the smallest file of the fast settings. The other
// values are there for that benchmark.
enum class PngFilter { None, Sub, Up, Average, Paeth, Adaptive };
struct PngEncoding {
    int level = 1;                   // zlib level, 0..9
    PngFilter filter = PngFilter::None;
    bool rle = false;                // zlib's Z_RLE strategy instead of the default
};

// The whole PNG file in memory: an RGB image with the board JSON (`boardJson`,
// UTF-8) in a compressed iTXt chunk before the image data. Empty `boardJson`:
// no chunk. `rowsDone`, when given, counts the rows encoded so far (another
// thread may read it). Throws std::runtime_error if the image is malformed.
std::string encodeBoardPng(const RgbaImage& image, const std::string& boardJson, const PngEncoding& encoding = {},
                           std::atomic<int>* rowsDone = nullptr);

// True when the bytes start with the eight-byte PNG signature.
bool hasPngSignature(std::string_view bytes);
// True when the file's name ends in .png (any case) or the file starts with the PNG signature.
bool isPngFile(const std::string& path);

// The board JSON carried by a PNG held in memory. Checks every chunk's CRC, so
// a truncated or damaged file is refused even where the board itself is
// intact. Throws LoadError naming `source`.
std::string boardJsonFromPng(std::string_view bytes, const std::string& source);

// The board inside a PNG file, parsed and migrated like a board file. Throws
// LoadError: "<path>: has no Netwerktafel board inside", "<path>: not a PNG
// file", "<path>: line 3: …" for broken JSON.
Board readBoardPng(const std::string& path);

}  // namespace nt
