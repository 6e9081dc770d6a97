// Which PNG encoder, with which settings, for the board picture: the demo
// board rendered offscreen (as --export-png and the app do) at 3840 and 7680
// pixels wide, then encoded by each encoder Debian offers — libpng (what
// render/png_board uses), libspng and stb_image_write — each with the board
// JSON in a compressed iTXt chunk, and written with the atomic file writer.
// Every file is read back by the app's own PNG board reader, so a setting
// that loses the board does not count.
//
// Prints one JSON object per line, per width and setting: encode CPU and wall
// time, write time, file size, and the total of one export (GL context, fonts,
// render, encode, write). Never fails because the machine is slow.
//
//   png_encoder_bench [ASSET_DIR] [--runs N] [--widths 3840,7680] [--dir FOLDER]
// Needs a display for OpenGL (xvfb-run will do).
#include <spng.h>
#include <stb_image_write.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/atomic_file.h"
#include "core/board_file.h"
#include "core/catalogue.h"
#include "render/offscreen_export.h"
#include "render/png_board.h"

using namespace nt;

namespace {

using Clock = std::chrono::steady_clock;

double cpuMs(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void print(int width, const std::string& encoder, const std::string& setting, const std::string& metric, double value,
           const char* unit, int decimals = 1) {
    std::printf("{\"bench\": \"png_encoder\", \"width\": %d, \"encoder\": \"%s\", \"setting\": \"%s\", "
                "\"metric\": \"%s\", \"value\": %.*f, \"unit\": \"%s\"}\n",
                width, encoder.c_str(), setting.c_str(), metric.c_str(), decimals, value, unit);
    std::fflush(stdout);
}

// [SECTION] The pixels as stb and spng take them: RGB, top row first

// GL hands rows bottom-up with alpha; libpng drops the alpha itself, the
// others are given RGB rows (the copy is counted in their time).
void rgbRow(const RgbaImage& image, int y, unsigned char* out) {
    const int source = image.bottomUp ? image.height - 1 - y : y;
    const unsigned char* in = image.pixels.data() + static_cast<std::size_t>(source) * static_cast<std::size_t>(image.width) * 4;
    for (int x = 0; x < image.width; ++x, in += 4, out += 3) {
        out[0] = in[0];
        out[1] = in[1];
        out[2] = in[2];
    }
}

// [SECTION] stb_image_write: no text chunks, so the iTXt is spliced in after IHDR

void appendBigEndian32(std::string& out, std::uint32_t v) {
    const char bytes[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                           static_cast<char>(v)};
    out.append(bytes, 4);
}

std::string itxtChunk(const std::string& json) {
    uLongf packedSize = compressBound(static_cast<uLong>(json.size()));
    std::string packed(packedSize, '\0');
    if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize, reinterpret_cast<const Bytef*>(json.data()),
                  static_cast<uLong>(json.size()), Z_DEFAULT_COMPRESSION) != Z_OK)
        throw std::runtime_error("zlib cannot compress the board text");
    packed.resize(packedSize);
    std::string body = "iTXt";
    body += kPngBoardKeyword;
    body.push_back('\0');
    body.push_back('\1');  // compressed
    body.push_back('\0');  // zlib
    body.push_back('\0');  // no language tag
    body.push_back('\0');  // no translated keyword
    body += packed;
    std::string chunk;
    appendBigEndian32(chunk, static_cast<std::uint32_t>(body.size() - 4));
    chunk += body;
    appendBigEndian32(chunk, static_cast<std::uint32_t>(
                                 crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
    return chunk;
}

std::string encodeStb(const RgbaImage& image, const std::string& json, int level, int filter) {
    std::vector<unsigned char> rgb(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3);
    const std::size_t stride = static_cast<std::size_t>(image.width) * 3;
    for (int y = 0; y < image.height; ++y) rgbRow(image, y, rgb.data() + stride * static_cast<std::size_t>(y));
    stbi_write_png_compression_level = level;
    stbi_write_force_png_filter = filter;
    std::string out;
    auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &out, image.width, image.height, 3, rgb.data(), static_cast<int>(stride)))
        throw std::runtime_error("stb_image_write failed");
    constexpr std::size_t kAfterIhdr = 8 + 12 + 13;  // signature, IHDR
    out.insert(kAfterIhdr, itxtChunk(json));
    return out;
}

// [SECTION] libspng: progressive encoding, one RGB row at a time

std::string encodeSpng(const RgbaImage& image, const std::string& json, int level, int filters, bool rle) {
    std::unique_ptr<spng_ctx, void (*)(spng_ctx*)> ctx(spng_ctx_new(SPNG_CTX_ENCODER), spng_ctx_free);
    if (!ctx) throw std::runtime_error("cannot start libspng");
    auto check = [](int err) {
        if (err && err != SPNG_EOI) throw std::runtime_error(std::string("libspng: ") + spng_strerror(err));
    };
    check(spng_set_option(ctx.get(), SPNG_ENCODE_TO_BUFFER, 1));
    check(spng_set_option(ctx.get(), SPNG_IMG_COMPRESSION_LEVEL, level));
    check(spng_set_option(ctx.get(), SPNG_FILTER_CHOICE, filters));
    check(spng_set_option(ctx.get(), SPNG_IMG_COMPRESSION_STRATEGY, rle ? Z_RLE : Z_DEFAULT_STRATEGY));
    spng_ihdr ihdr{static_cast<std::uint32_t>(image.width), static_cast<std::uint32_t>(image.height), 8,
                   SPNG_COLOR_TYPE_TRUECOLOR, 0, 0, 0};
    check(spng_set_ihdr(ctx.get(), &ihdr));
    std::string text = json;
    char empty[1] = {0};
    spng_text chunk{};
    std::snprintf(chunk.keyword, sizeof chunk.keyword, "%s", kPngBoardKeyword);
    chunk.type = SPNG_ITXT;
    chunk.length = text.size();
    chunk.text = text.data();
    chunk.compression_flag = 1;
    chunk.language_tag = empty;
    chunk.translated_keyword = empty;
    check(spng_set_text(ctx.get(), &chunk, 1));
    check(spng_encode_image(ctx.get(), nullptr, 0, SPNG_FMT_PNG, SPNG_ENCODE_PROGRESSIVE | SPNG_ENCODE_FINALIZE));
    std::vector<unsigned char> row(static_cast<std::size_t>(image.width) * 3);
    for (int y = 0; y < image.height; ++y) {
        rgbRow(image, y, row.data());
        check(spng_encode_row(ctx.get(), row.data(), row.size()));
    }
    std::size_t length = 0;
    int err = 0;
    void* png = spng_get_png_buffer(ctx.get(), &length, &err);
    check(err);
    if (!png) throw std::runtime_error("libspng gave no buffer");
    std::string out(static_cast<const char*>(png), length);
    std::free(png);
    return out;
}

// [SECTION] The settings compared

struct Setting {
    std::string encoder, name;
    std::function<std::string(const RgbaImage&, const std::string&)> encode;
};

std::vector<Setting> settings() {
    std::vector<Setting> out;
    auto libpng = [&](const std::string& name, PngEncoding e) {
        out.push_back({"libpng", name, [e](const RgbaImage& i, const std::string& j) { return encodeBoardPng(i, j, e); }});
    };
    libpng("z1-none", {1, PngFilter::None, false});
    libpng("z1-up", {1, PngFilter::Up, false});
    libpng("z1-sub", {1, PngFilter::Sub, false});
    libpng("z1-paeth", {1, PngFilter::Paeth, false});
    libpng("z1-adaptive", {1, PngFilter::Adaptive, false});
    libpng("z1-none-rle", {1, PngFilter::None, true});
    libpng("z1-up-rle", {1, PngFilter::Up, true});
    libpng("z2-none", {2, PngFilter::None, false});
    libpng("z3-none", {3, PngFilter::None, false});
    libpng("z3-up", {3, PngFilter::Up, false});
    libpng("z6-none", {6, PngFilter::None, false});
    libpng("z6-up", {6, PngFilter::Up, false});
    libpng("z6-adaptive", {6, PngFilter::Adaptive, false});  // libpng's defaults
    auto spng = [&](const std::string& name, int level, int filters, bool rle) {
        out.push_back({"libspng", name, [=](const RgbaImage& i, const std::string& j) {
                           return encodeSpng(i, j, level, filters, rle);
                       }});
    };
    spng("z1-none", 1, SPNG_FILTER_CHOICE_NONE, false);
    spng("z1-up", 1, SPNG_FILTER_CHOICE_UP, false);
    spng("z1-up-rle", 1, SPNG_FILTER_CHOICE_UP, true);
    spng("z1-adaptive", 1, SPNG_FILTER_CHOICE_ALL, false);
    spng("z6-adaptive", 6, SPNG_FILTER_CHOICE_ALL, false);  // libspng's defaults
    auto stb = [&](const std::string& name, int level, int filter) {
        out.push_back({"stb", name, [=](const RgbaImage& i, const std::string& j) { return encodeStb(i, j, level, filter); }});
    };
    stb("z1-none", 1, 0);
    stb("z1-up", 1, 2);
    stb("z1-adaptive", 1, -1);
    stb("z8-adaptive", 8, -1);  // stb's defaults
    return out;
}

std::vector<int> parseWidths(const std::string& text) {
    std::vector<int> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) out.push_back(std::stoi(part));
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::string assetDir = NT_SOURCE_ASSETS;
    int runs = 3;
    std::vector<int> widths = {3840, 7680};
    std::filesystem::path dir = "/tmp";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--widths" && i + 1 < argc) widths = parseWidths(argv[++i]);
        else if (arg == "--dir" && i + 1 < argc) dir = argv[++i];
        else assetDir = arg;
    }
    try {
        const Catalogue catalogue = Catalogue::load(assetDir + "/catalogue/actor_types.json");
        const Board demo = readBoardFile(assetDir + "/demo/demo-workshop.json");
        const std::string json = boardToJsonText(demo);

        auto start = Clock::now();
        OffscreenGlContext gl;
        const double contextMs = msSince(start);
        print(0, "-", "-", "context_wall", contextMs, "ms");

        for (const int width : widths) {
            // The picture, rendered `runs` times as the export does it.
            RgbaImage image;
            std::vector<double> renderWall, renderCpu, fontsWall;
            for (int r = 0; r < runs; ++r) {
                ExportTimings t;
                const double c0 = cpuMs(CLOCK_PROCESS_CPUTIME_ID);  // llvmpipe draws on threads of its own
                start = Clock::now();
                image = renderBoardImage({demo, catalogue, assetDir, width, Lang::Nl}, &t);
                renderWall.push_back(msSince(start));
                renderCpu.push_back(cpuMs(CLOCK_PROCESS_CPUTIME_ID) - c0);
                fontsWall.push_back(t.fonts * 1e3);
            }
            const double renderMs = median(renderWall);
            print(width, "-", "-", "fonts_wall_median", median(fontsWall), "ms");
            print(width, "-", "-", "render_wall_median", renderMs, "ms");
            print(width, "-", "-", "render_process_cpu_median", median(renderCpu), "ms");

            const std::string path = (dir / ("nt-png-bench-" + std::to_string(width) + ".png")).string();
            for (const Setting& s : settings()) {
                std::vector<double> encodeWall, encodeCpu, writeWall;
                std::string png;
                for (int r = 0; r < runs; ++r) {
                    const double c0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
                    start = Clock::now();
                    png = s.encode(image, json);
                    encodeWall.push_back(msSince(start));
                    encodeCpu.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - c0);
                    start = Clock::now();
                    writeFileAtomically(path, png);
                    writeWall.push_back(msSince(start));
                }
                // The board must come back out of the file, as the app reads it.
                if (boardJsonFromPng(png, s.encoder + " " + s.name) != json)
                    throw std::runtime_error(s.encoder + " " + s.name + ": the board does not come back");
                const double encodeMs = median(encodeWall), writeMs = median(writeWall);
                print(width, s.encoder, s.name, "encode_cpu_median", median(encodeCpu), "ms");
                print(width, s.encoder, s.name, "encode_wall_median", encodeMs, "ms");
                print(width, s.encoder, s.name, "write_wall_median", writeMs, "ms");
                print(width, s.encoder, s.name, "bytes", static_cast<double>(png.size()), "bytes", 0);
                print(width, s.encoder, s.name, "export_total_wall", contextMs + renderMs + encodeMs + writeMs, "ms");
            }
            std::filesystem::remove(path);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "png_encoder_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
