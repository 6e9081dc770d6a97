// Recorded touch sessions: every byte survives the file, and a damaged
// recording is refused with its line.
#include <gtest/gtest.h>

#include <stdexcept>

#include "input/tuio_recording.h"

namespace nt {
namespace {

TEST(TuioRecording, LinesRoundTripEveryByte) {
    std::string all;
    for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
    const std::vector<RecordedDatagram> session{{0, "10.0.0.7:50123", all}, {0.016, "10.0.0.7:50123", "#bundle"},
                                                {0.016, "", ""}, {12.5, "[::1]:1", "/tuio/2Dcur"}};
    std::string text;
    for (const auto& d : session) text += recordingLine(d) + "\n";
    EXPECT_EQ(parseRecording(text), session);
    EXPECT_EQ(parseRecording(text + "\r\n  \n"), session);  // trailing blank lines and CRLF are fine
}

TEST(TuioRecording, DamageIsRefusedWithItsLine) {
    const std::string good = recordingLine({0.5, "a", "x"}) + "\n";
    auto error = [](const std::string& text) {
        try {
            parseRecording(text);
            return std::string("(no error)");
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
    };
    EXPECT_EQ(error(good + "kapot\n").rfind("line 2: ", 0), 0u);
    EXPECT_NE(error(good + R"({"t": 0.1, "hex": "00"})").find("line 2: time goes backwards"), std::string::npos);
    EXPECT_NE(error(R"({"t": -1, "hex": "00"})").find("line 1"), std::string::npos);
    EXPECT_NE(error(R"({"t": 1, "hex": "0"})").find("odd length"), std::string::npos);
    EXPECT_NE(error(R"({"t": 1, "hex": "0g"})").find("hexadecimal"), std::string::npos);
    EXPECT_NE(error(R"({"t": 1})").find("\"hex\""), std::string::npos);
    EXPECT_NE(error(R"([1, 2])").find("not a JSON object"), std::string::npos);
    EXPECT_NE(error(R"({"t": 1, "hex": ")" + std::string(2 * (kMaxDatagramBytes + 1), 'a') + "\"}")
                  .find("too long"),
              std::string::npos);
}

}  // namespace
}  // namespace nt
