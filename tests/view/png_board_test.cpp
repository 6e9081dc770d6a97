// The board inside a PNG: written and read back to the same board, and every
// kind of broken file (no chunk, cut off, a damaged byte, broken JSON inside,
// not a PNG at all) refused with a LoadError naming the file.
#include <gtest/gtest.h>
#include <png.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/atomic_file.h"
#include "core/board_file.h"
#include "render/png_board.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

RgbaImage smallImage(int w = 5, int h = 3) {
    RgbaImage img;
    img.width = w;
    img.height = h;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.pixels.insert(img.pixels.end(), {static_cast<std::uint8_t>(x * 40), static_cast<std::uint8_t>(y * 80), 7, 255});
    return img;
}

std::string demoJson() { return boardToJsonText(readBoardFile(kAssets + "/demo/demo-workshop.json")); }

// The LoadError's message, or "" when the bytes were accepted.
std::string refusal(std::string_view bytes) {
    try {
        boardJsonFromPng(bytes, "board.png");
    } catch (const LoadError& e) {
        return e.what();
    }
    return {};
}

std::uint32_t be32(const std::string& s, std::size_t at) {
    auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + i])); };
    return (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3);
}

// The file's chunks, each with its length, type, data and CRC.
std::vector<std::string> chunks(const std::string& png) {
    std::vector<std::string> out;
    for (std::size_t pos = 8; pos < png.size();) {
        const std::size_t size = 12 + be32(png, pos);
        out.push_back(png.substr(pos, size));
        pos += size;
    }
    return out;
}

class PngBoardFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir = std::filesystem::temp_directory_path() /
              ("nt-png-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    std::filesystem::path dir;
};

TEST(PngBoard, TheBoardJsonComesBackByteForByte) {
    const std::string json = demoJson();
    const std::string png = encodeBoardPng(smallImage(), json);
    ASSERT_TRUE(hasPngSignature(png));
    EXPECT_EQ(boardJsonFromPng(png, "board.png"), json);
}

TEST(PngBoard, PixelsAreWrittenAsRgbTopRowFirst) {
    RgbaImage img = smallImage(2, 2);
    img.bottomUp = true;  // as glReadPixels gives them: the first row in memory is the bottom one
    const std::string png = encodeBoardPng(img, "{}");
    png_image decoded{};
    decoded.version = PNG_IMAGE_VERSION;
    ASSERT_TRUE(png_image_begin_read_from_memory(&decoded, png.data(), png.size()));
    EXPECT_EQ(decoded.width, 2u);
    EXPECT_EQ(decoded.height, 2u);
    EXPECT_EQ(decoded.format & PNG_FORMAT_FLAG_ALPHA, 0u) << "the board is opaque; no alpha channel";
    decoded.format = PNG_FORMAT_RGBA;
    std::vector<std::uint8_t> pixels(PNG_IMAGE_SIZE(decoded));
    ASSERT_TRUE(png_image_finish_read(&decoded, nullptr, pixels.data(), 0, nullptr));
    // Top-left of the file is the first pixel of the last row in memory (y = 1: green 80).
    EXPECT_EQ(pixels[0], 0);
    EXPECT_EQ(pixels[1], 80);
    EXPECT_EQ(pixels[4 * 2 + 1], 0) << "the file's second row is the image's first";
}

TEST_F(PngBoardFile, WrittenFileReopensAsTheSameBoard) {
    const Board board = readBoardFile(kAssets + "/demo/demo-workshop.json");
    const std::string path = (dir / "board.png").string();
    writeFileAtomically(path, encodeBoardPng(smallImage(), boardToJsonText(board)));
    EXPECT_TRUE(isPngFile(path));
    EXPECT_EQ(boardToJsonText(readBoardPng(path)), boardToJsonText(board));
}

TEST_F(PngBoardFile, APngIsRecognisedByItsSignatureWhateverItsName) {
    const std::string path = (dir / "picture.bin").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << encodeBoardPng(smallImage(), "{}");
    }
    EXPECT_TRUE(isPngFile(path));
    EXPECT_TRUE(isPngFile("BOARD.PNG")) << "by name, even when it does not exist";
    EXPECT_FALSE(isPngFile(kAssets + "/demo/demo-workshop.json"));
}

TEST(PngBoard, APngWithoutTheChunkSaysSo) {
    const std::string message = refusal(encodeBoardPng(smallImage(), ""));
    EXPECT_NE(message.find("board.png"), std::string::npos) << message;
    EXPECT_NE(message.find("has no Netwerktafel board inside"), std::string::npos) << message;
}

TEST(PngBoard, NotAPngAtAll) {
    EXPECT_NE(refusal("").find("board.png: not a PNG file"), std::string::npos);
    EXPECT_NE(refusal(demoJson()).find("not a PNG file"), std::string::npos);
}

TEST(PngBoard, EveryCutOffFileIsRefused) {
    const std::string png = encodeBoardPng(smallImage(), demoJson());
    for (std::size_t n = 0; n < png.size(); ++n) {
        const std::string message = refusal(std::string_view(png).substr(0, n));
        ASSERT_FALSE(message.empty()) << "accepted a file cut off after " << n << " of " << png.size() << " bytes";
        ASSERT_EQ(message.rfind("board.png: ", 0), 0u) << message;
    }
}

TEST(PngBoard, EveryDamagedByteIsRefused) {
    const std::string png = encodeBoardPng(smallImage(), demoJson());
    for (std::size_t i = 0; i < png.size(); ++i) {
        std::string damaged = png;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x10);
        const std::string message = refusal(damaged);
        ASSERT_FALSE(message.empty()) << "accepted a file with byte " << i << " damaged";
        ASSERT_EQ(message.rfind("board.png: ", 0), 0u) << message;
    }
}

TEST(PngBoard, AChunkWithBrokenJsonNamesTheFileAndTheLine) {
    const std::string json = demoJson();
    const std::string png = encodeBoardPng(smallImage(), json.substr(0, json.size() / 2));
    try {
        boardFromJsonText(boardJsonFromPng(png, "board.png"), "board.png");
        FAIL() << "broken JSON accepted";
    } catch (const LoadError& e) {
        const std::string message = e.what();
        EXPECT_EQ(message.rfind("board.png: ", 0), 0u) << message;
        EXPECT_NE(message.find("line"), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << "one line: " << message;
    }
}

TEST_F(PngBoardFile, ReadBoardPngRefusesBrokenJsonInside) {
    const std::string path = (dir / "broken.png").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << encodeBoardPng(smallImage(), R"({"type": "netwerktafel-board", "formatVersion": 3, "board": )");
    }
    try {
        readBoardPng(path);
        FAIL() << "broken JSON accepted";
    } catch (const LoadError& e) {
        EXPECT_EQ(std::string(e.what()).rfind(path + ": ", 0), 0u) << e.what();
    }
}

TEST(PngBoard, TheChunkIsFoundAfterTheImageDataToo) {
    const std::string json = demoJson();
    const auto parts = chunks(encodeBoardPng(smallImage(), json));
    ASSERT_EQ(parts[1].substr(4, 4), "iTXt");
    std::string moved = encodeBoardPng(smallImage(), "").substr(0, 8);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i == 1) continue;
        if (i + 1 == parts.size()) moved += parts[1];  // just before IEND
        moved += parts[i];
    }
    EXPECT_EQ(boardJsonFromPng(moved, "board.png"), json);
}

TEST(PngBoard, ABoardLargerThanLibpngsDefaultLimitFits) {
    // libpng refuses text chunks over 8 MB unless told otherwise; boards may be up to 64 MiB.
    const std::string json = "{\"padding\": \"" + std::string(9u * 1024u * 1024u, 'x') + "\"}";
    EXPECT_EQ(boardJsonFromPng(encodeBoardPng(smallImage(), json), "big.png").size(), json.size());
}

TEST(PngBoard, AMalformedImageIsNotEncoded) {
    RgbaImage img = smallImage();
    img.pixels.pop_back();
    EXPECT_THROW(encodeBoardPng(img, "{}"), std::runtime_error);
    EXPECT_THROW(encodeBoardPng(RgbaImage{}, "{}"), std::runtime_error);
}

}  // namespace
}  // namespace nt

namespace nt {
namespace {

TEST(PngBoardEncoding, CountsTheRowsItPacksAndEverySettingCarriesTheBoard) {
    const std::string json = demoJson();
    std::atomic<int> rows{0};
    const std::string png = encodeBoardPng(smallImage(7, 9), json, {}, &rows);
    EXPECT_EQ(rows.load(), 9);
    EXPECT_EQ(boardJsonFromPng(png, "board.png"), json);
    for (const PngEncoding e : {PngEncoding{6, PngFilter::Adaptive, false}, PngEncoding{1, PngFilter::Sub, true},
                                PngEncoding{0, PngFilter::None, false}, PngEncoding{3, PngFilter::Paeth, false}})
        EXPECT_EQ(boardJsonFromPng(encodeBoardPng(smallImage(), json, e), "board.png"), json);
}

}  // namespace
}  // namespace nt
