// The picture export's worker: the pixels handed over are packed with the
// board inside and written whole, or, when the file cannot be written,
// nothing is written and the job says why; one export at a time.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "core/board_file.h"
#include "render/picture_job.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

RgbaImage image(int w, int h) {
    RgbaImage img;
    img.width = w;
    img.height = h;
    img.bottomUp = true;
    img.pixels.assign(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4, 200);
    return img;
}

Board demo() { return readBoardFile(kAssets + "/demo/demo-workshop.json"); }

// The job's outcome, waiting as long as a loaded machine may need (never a timing under test).
std::optional<PictureProgress> outcomeOf(PictureJob& job) {
    for (int i = 0; i < 6000; ++i) {
        if (auto o = job.takeOutcome()) return o;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return std::nullopt;
}

class PictureJobTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = std::filesystem::temp_directory_path() /
              ("nt-picture-job-" + std::to_string(std::random_device{}()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    std::filesystem::path dir;
};

TEST_F(PictureJobTest, WritesThePictureWithTheBoardInsideAndWakesTheLoop) {
    std::atomic<int> wakes{0};
    PictureJob job([&] { ++wakes; });
    const std::string path = (dir / "workshop-3840.png").string();
    ASSERT_TRUE(job.begin(640, path));
    EXPECT_EQ(job.progress().stage, PictureStage::Rendering);
    const Board board = demo();
    job.encode(image(640, 360), board);
    EXPECT_TRUE(job.running() || job.progress().stage == PictureStage::Done);

    const auto outcome = outcomeOf(job);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->stage, PictureStage::Done) << outcome->error;
    EXPECT_EQ(outcome->path, path);
    EXPECT_GE(wakes.load(), 1);
    EXPECT_EQ(boardToJsonText(readBoardPng(path)), boardToJsonText(board));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1) << "no temp file left behind";
    EXPECT_EQ(job.progress().stage, PictureStage::Idle);
}

TEST_F(PictureJobTest, AFileThatCannotBeWrittenFailsAndLeavesWhatWasThere) {
    // A folder where the picture should go: nothing can replace it (not even as root).
    const std::filesystem::path blocked = dir / "workshop.png";
    std::filesystem::create_directories(blocked / "inside");
    PictureJob job;
    ASSERT_TRUE(job.begin(1920, blocked.string()));
    job.encode(image(64, 36), demo());
    const auto outcome = outcomeOf(job);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->stage, PictureStage::Failed);
    EXPECT_NE(outcome->error.find("workshop.png"), std::string::npos) << outcome->error;
    EXPECT_TRUE(std::filesystem::is_directory(blocked / "inside"));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1) << "no temp file left behind";

    // A folder that is not there.
    ASSERT_TRUE(job.begin(1920, (dir / "gone" / "w.png").string()));
    job.encode(image(64, 36), demo());
    const auto missing = outcomeOf(job);
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->stage, PictureStage::Failed);
    EXPECT_FALSE(std::filesystem::exists(dir / "gone"));
}

TEST_F(PictureJobTest, OneAtATimeAndARenderingFailureEndsIt) {
    PictureJob job;
    const std::string path = (dir / "w.png").string();
    ASSERT_TRUE(job.begin(1920, path));
    EXPECT_FALSE(job.begin(3840, path)) << "a second export waits for the first";
    job.fail(path + ": the graphics driver cannot make a framebuffer");
    const auto outcome = job.takeOutcome();
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->stage, PictureStage::Failed);
    EXPECT_FALSE(std::filesystem::exists(path));

    job.encode(image(64, 36), demo());  // no export begun: nothing happens
    EXPECT_EQ(job.progress().stage, PictureStage::Idle);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(PictureJobTest, AJobUnderWayIsFinishedBeforeTheJobGoes) {
    const std::string path = (dir / "big.png").string();
    {
        PictureJob job;
        ASSERT_TRUE(job.begin(1920, path));
        job.encode(image(1920, 1080), demo());
    }
    EXPECT_EQ(boardToJsonText(readBoardPng(path)), boardToJsonText(demo()));
}

}  // namespace
}  // namespace nt
