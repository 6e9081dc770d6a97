// The picture export's stages, as the overlay and the app follow them, and
// where each size's file goes.
#include <gtest/gtest.h>

#include "core/picture_export.h"

namespace nt {
namespace {

TEST(PicturePath, TheScreenSizeKeepsTheBoardsNameAndLargerOnesAddTheirWidth) {
    EXPECT_EQ(picturePathFor("/home/an/Netwerktafel/workshop.json", 1920), "/home/an/Netwerktafel/workshop.png");
    EXPECT_EQ(picturePathFor("/home/an/Netwerktafel/workshop.json", 3840), "/home/an/Netwerktafel/workshop-3840.png");
    EXPECT_EQ(picturePathFor("/tmp/a.b/plan.v2.json", 7680), "/tmp/a.b/plan.v2-7680.png");
    EXPECT_EQ(picturePathFor("noext", 1920), "noext.png");
}

TEST(PictureSizes, ScreenPosterAndLargePrintInThatOrder) {
    ASSERT_EQ(kPictureSizes.size(), 3u);
    EXPECT_EQ(kPictureSizes[0].width, 1920);
    EXPECT_EQ(kPictureSizes[1].width, 3840);
    EXPECT_EQ(kPictureSizes[2].width, 7680);
}

TEST(PictureExport, RunsThroughItsStagesWithTheBarOnlyGoingForward) {
    PictureExport e;
    EXPECT_FALSE(e.progress().running());
    ASSERT_TRUE(e.begin(3840, "/x/w-3840.png"));
    EXPECT_EQ(e.progress().stage, PictureStage::Rendering);
    EXPECT_TRUE(e.progress().running());
    double last = e.progress().fraction();
    ASSERT_TRUE(e.rendered(2160));
    EXPECT_EQ(e.progress().stage, PictureStage::Encoding);
    for (int rows : {0, 500, 400, 2160, 9999}) {  // a smaller count never moves the bar back; never past the end
        ASSERT_TRUE(e.encoded(rows));
        EXPECT_GE(e.progress().fraction(), last);
        last = e.progress().fraction();
    }
    EXPECT_EQ(e.progress().rowsDone, 2160);
    ASSERT_TRUE(e.writing());
    EXPECT_GE(e.progress().fraction(), last);
    ASSERT_TRUE(e.finished());
    EXPECT_EQ(e.progress().stage, PictureStage::Done);
    EXPECT_FALSE(e.progress().running());
    EXPECT_DOUBLE_EQ(e.progress().fraction(), 1.0);

    const auto outcome = e.takeOutcome();
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->stage, PictureStage::Done);
    EXPECT_EQ(outcome->path, "/x/w-3840.png");
    EXPECT_EQ(outcome->width, 3840);
    EXPECT_FALSE(e.takeOutcome()) << "told once";
    EXPECT_EQ(e.progress().stage, PictureStage::Idle);
}

TEST(PictureExport, OneAtATime) {
    PictureExport e;
    ASSERT_TRUE(e.begin(1920, "a.png"));
    EXPECT_FALSE(e.begin(7680, "b.png")) << "while drawing";
    ASSERT_TRUE(e.rendered(1080));
    EXPECT_FALSE(e.begin(7680, "b.png")) << "while packing";
    ASSERT_TRUE(e.writing());
    EXPECT_FALSE(e.begin(7680, "b.png")) << "while writing";
    EXPECT_EQ(e.progress().path, "a.png");
    ASSERT_TRUE(e.finished());
    EXPECT_TRUE(e.begin(7680, "b.png")) << "a new one once the last is done, even before its outcome was taken";
    EXPECT_EQ(e.progress().width, 7680);
    EXPECT_EQ(e.progress().rowsDone, 0);
}

TEST(PictureExport, StepsOutOfOrderChangeNothing) {
    PictureExport e;
    EXPECT_FALSE(e.rendered(10));
    EXPECT_FALSE(e.encoded(5));
    EXPECT_FALSE(e.writing());
    EXPECT_FALSE(e.finished());
    EXPECT_FALSE(e.failed("no"));
    EXPECT_EQ(e.progress().stage, PictureStage::Idle);
    ASSERT_TRUE(e.begin(1920, "a.png"));
    EXPECT_FALSE(e.writing()) << "nothing to write before the pixels are there";
    EXPECT_FALSE(e.finished());
    EXPECT_FALSE(e.rendered(0)) << "a picture without rows";
    EXPECT_EQ(e.progress().stage, PictureStage::Rendering);
}

TEST(PictureExport, FailsFromAnyRunningStageAndSaysWhy) {
    for (int stage = 0; stage < 3; ++stage) {
        PictureExport e;
        ASSERT_TRUE(e.begin(7680, "/full/w-7680.png"));
        if (stage >= 1) {
            ASSERT_TRUE(e.rendered(4320));
        }
        if (stage >= 2) {
            ASSERT_TRUE(e.writing());
        }
        ASSERT_TRUE(e.failed("/full/w-7680.png: No space left on device"));
        EXPECT_FALSE(e.progress().running());
        EXPECT_FALSE(e.finished()) << "a failed export does not become done";
        const auto outcome = e.takeOutcome();
        ASSERT_TRUE(outcome);
        EXPECT_EQ(outcome->stage, PictureStage::Failed);
        EXPECT_EQ(outcome->error, "/full/w-7680.png: No space left on device");
        EXPECT_EQ(e.progress().stage, PictureStage::Idle);
    }
}

}  // namespace
}  // namespace nt
