// The board inside a PNG: libpng writes an RGB image with the board JSON in a
// zlib-compressed iTXt chunk and reads it back. libpng reports errors by
// longjmp, so each function that calls setjmp holds only trivial locals; the
// C++ objects live in its caller.
#include "render/png_board.h"

#include <png.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "core/board_file.h"

namespace nt {

namespace {

constexpr unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
// A PNG export of a big board at 7680 pixels stays well below this.
constexpr std::size_t kMaxPngFileBytes = 256u * 1024u * 1024u;

struct ErrorSink {
    char message[256] = {};
};

void onError(png_structp png, png_const_charp message) {
    auto* sink = static_cast<ErrorSink*>(png_get_error_ptr(png));
    std::snprintf(sink->message, sizeof sink->message, "%s", message ? message : "unknown error");
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// [SECTION] Writing

struct MemoryWriter {
    std::string* out = nullptr;
    std::atomic<int>* rowsDone = nullptr;
};

void countRow(png_structp png, png_uint_32, int) {
    auto* w = static_cast<MemoryWriter*>(png_get_io_ptr(png));
    if (w->rowsDone) w->rowsDone->fetch_add(1, std::memory_order_relaxed);
}

int libpngFilter(PngFilter filter) {
    switch (filter) {
        case PngFilter::None: return PNG_FILTER_NONE;
        case PngFilter::Sub: return PNG_FILTER_SUB;
        case PngFilter::Up: return PNG_FILTER_UP;
        case PngFilter::Average: return PNG_FILTER_AVG;
        case PngFilter::Paeth: return PNG_FILTER_PAETH;
        case PngFilter::Adaptive: return PNG_ALL_FILTERS;
    }
    return PNG_FILTER_NONE;
}

void writeToMemory(png_structp png, png_bytep data, size_t length) {
    auto* w = static_cast<MemoryWriter*>(png_get_io_ptr(png));
    bool failed = false;
    try {
        w->out->append(reinterpret_cast<const char*>(data), length);
    } catch (...) {
        failed = true;
    }
    if (failed) png_error(png, "out of memory");
}

void flushMemory(png_structp) {}

// Only trivial locals from here to the end: png_error longjmps back.
bool encodeRows(png_structp png, png_infop info, const RgbaImage& image, png_bytepp rows, png_textp text,
                const PngEncoding& encoding) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (text) png_set_text(png, info, text, 1);
    png_set_compression_level(png, encoding.level);
    if (encoding.rle) png_set_compression_strategy(png, Z_RLE);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, libpngFilter(encoding.filter));
    png_write_info(png, info);
    png_set_filler(png, 0, PNG_FILLER_AFTER);  // the input has alpha; the file does not
    png_write_image(png, rows);
    png_write_end(png, nullptr);
    return true;
}

// [SECTION] Reading

struct MemoryReader {
    const unsigned char* data = nullptr;
    std::size_t size = 0;
    std::size_t pos = 0;
};

void readFromMemory(png_structp png, png_bytep out, size_t length) {
    auto* r = static_cast<MemoryReader*>(png_get_io_ptr(png));
    if (length > r->size - r->pos) png_error(png, "the file ends too early");
    std::memcpy(out, r->data + r->pos, length);
    r->pos += length;
}

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

// Walks every chunk up to IEND and checks its length and CRC, so that a
// truncated or damaged file is refused as a whole. Returns an empty string
// when the file is sound, else what is wrong.
std::string checkChunks(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t pos = sizeof kSignature;
    bool first = true;
    while (true) {
        if (bytes.size() - pos < 12) return "the file ends too early (cut off?)";
        const std::uint32_t length = bigEndian32(p + pos);
        const unsigned char* type = p + pos + 4;
        const std::string name(reinterpret_cast<const char*>(type), 4);
        for (char ch : name)
            if (!std::isalpha(static_cast<unsigned char>(ch))) return "a chunk at byte " + std::to_string(pos) + " has no valid name";
        if (first && name != "IHDR") return "it does not start with an IHDR chunk";
        first = false;
        if (length > 0x7FFFFFFFu || bytes.size() - pos - 12 < length)
            return "the file ends inside the '" + name + "' chunk (cut off?)";
        const uLong crc = crc32(crc32(0L, nullptr, 0), type, static_cast<uInt>(length + 4));
        if (crc != bigEndian32(type + 4 + length))
            return "the '" + name + "' chunk at byte " + std::to_string(pos) + " fails its checksum";
        pos += 12 + length;
        if (name == "IEND") return {};
    }
}

const png_text* findBoardText(png_structp png, png_infop info) {
    png_textp texts = nullptr;
    int count = 0;
    png_get_text(png, info, &texts, &count);
    for (int i = 0; i < count; ++i)
        if (texts[i].key && std::strcmp(texts[i].key, kPngBoardKeyword) == 0) return &texts[i];
    return nullptr;
}

// The header and every chunk before the image data.
bool readHead(png_structp png, png_infop info, png_size_t* rowBytes, int* passes) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_read_info(png, info);
    *passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    *rowBytes = png_get_rowbytes(png, info);
    return true;
}

// The image data (into one scratch row) and the chunks after it: only for a
// PNG that keeps its text after the image.
bool readTail(png_structp png, png_infop info, png_bytep row, int passes) {
    if (setjmp(png_jmpbuf(png))) return false;
    const png_uint_32 height = png_get_image_height(png, info);
    for (int pass = 0; pass < passes; ++pass)
        for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, row, nullptr);
    png_read_end(png, info);
    return true;
}

struct ReadStructs {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~ReadStructs() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

struct WriteStructs {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~WriteStructs() { png_destroy_write_struct(&png, info ? &info : nullptr); }
};

}  // namespace

// [SECTION] Public functions

std::string encodeBoardPng(const RgbaImage& image, const std::string& boardJson, const PngEncoding& encoding,
                           std::atomic<int>* rowsDone) {
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4)
        throw std::runtime_error("the image has no pixels or the wrong number of them");
    if (boardJson.find('\0') != std::string::npos) throw std::runtime_error("the board text holds a NUL byte");

    std::vector<png_bytep> rows(static_cast<std::size_t>(image.height));
    const std::size_t stride = static_cast<std::size_t>(image.width) * 4;
    auto* pixels = const_cast<png_bytep>(image.pixels.data());  // libpng reads rows through non-const pointers
    for (std::size_t y = 0; y < rows.size(); ++y)
        rows[y] = pixels + stride * (image.bottomUp ? rows.size() - 1 - y : y);

    std::string keyword = kPngBoardKeyword;
    png_text text{};
    text.compression = PNG_ITXT_COMPRESSION_zTXt;
    text.key = keyword.data();
    text.text = const_cast<char*>(boardJson.c_str());

    std::string out;
    out.reserve(stride * static_cast<std::size_t>(image.height) / 16 + boardJson.size() / 4 + 1024);
    ErrorSink errors;
    MemoryWriter writer{&out, rowsDone};
    WriteStructs s;
    s.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &errors, onError, onWarning);
    if (!s.png) throw std::runtime_error("cannot start libpng");
    s.info = png_create_info_struct(s.png);
    if (!s.info) throw std::runtime_error("cannot start libpng");
    png_set_write_fn(s.png, &writer, writeToMemory, flushMemory);
    if (rowsDone) png_set_write_status_fn(s.png, countRow);
    if (!encodeRows(s.png, s.info, image, rows.data(), boardJson.empty() ? nullptr : &text, encoding))
        throw std::runtime_error(std::string("cannot encode the PNG: ") + errors.message);
    return out;
}

bool hasPngSignature(std::string_view bytes) {
    return bytes.size() >= sizeof kSignature && std::memcmp(bytes.data(), kSignature, sizeof kSignature) == 0;
}

bool isPngFile(const std::string& path) {
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (lower.size() >= 4 && lower.compare(lower.size() - 4, 4, ".png") == 0) return true;
    std::ifstream in(path, std::ios::binary);
    char head[sizeof kSignature] = {};
    if (!in.read(head, sizeof head)) return false;
    return hasPngSignature(std::string_view(head, sizeof head));
}

std::string boardJsonFromPng(std::string_view bytes, const std::string& source) {
    if (!hasPngSignature(bytes)) throw LoadError(source + ": not a PNG file");
    if (const std::string damage = checkChunks(bytes); !damage.empty())
        throw LoadError(source + ": the PNG file is damaged: " + damage);

    ErrorSink errors;
    MemoryReader reader{reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), 0};
    ReadStructs s;
    s.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &errors, onError, onWarning);
    if (!s.png) throw LoadError(source + ": cannot start libpng");
    s.info = png_create_info_struct(s.png);
    if (!s.info) throw LoadError(source + ": cannot start libpng");
    png_set_read_fn(s.png, &reader, readFromMemory);
    // The board text may be as large as a board file; libpng's default limit is 8 MB.
    png_set_chunk_malloc_max(s.png, kMaxBoardFileBytes + 1024 * 1024);
    png_set_user_limits(s.png, 1u << 16, 1u << 16);

    png_size_t rowBytes = 0;
    int passes = 1;
    if (!readHead(s.png, s.info, &rowBytes, &passes))
        throw LoadError(source + ": the PNG file is damaged: " + errors.message);
    const png_text* text = findBoardText(s.png, s.info);
    if (!text) {
        std::vector<unsigned char> row(rowBytes);
        if (!readTail(s.png, s.info, row.data(), passes))
            throw LoadError(source + ": the PNG file is damaged: " + errors.message);
        text = findBoardText(s.png, s.info);
    }
    if (!text || !text->text)
        throw LoadError(source + ": has no Netwerktafel board inside (only PNG files exported by Netwerktafel carry one)");
    const std::size_t length = text->compression >= PNG_ITXT_COMPRESSION_NONE ? text->itxt_length : text->text_length;
    return std::string(text->text, length ? length : std::strlen(text->text));
}

Board readBoardPng(const std::string& path) {
    return boardFromJsonText(boardJsonFromPng(readTextFile(path, kMaxPngFileBytes), path), path);
}

}  // namespace nt
