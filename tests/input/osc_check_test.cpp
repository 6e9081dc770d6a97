// The structural OSC check in front of oscpack: crafted sizes that made
// oscpack loop forever are refused at once, and every packet a real tracker
// sends still passes.
#include <gtest/gtest.h>

#include <cstdint>
#include <oscpack/osc/OscOutboundPacketStream.h>
#include <random>
#include <vector>

#include "input/osc_check.h"
#include "input/tuio_decoder.h"

using namespace nt;

namespace {

using Bytes = std::vector<char>;

void put32(Bytes& b, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<char>((v >> shift) & 0xFF));
}

void putString(Bytes& b, const std::string& s) {
    b.insert(b.end(), s.begin(), s.end());
    do b.push_back('\0');
    while (b.size() % 4 != 0);
}

Bytes bundleHeader() {
    Bytes b;
    putString(b, "#bundle");
    put32(b, 0);
    put32(b, 1);  // time tag "immediately"
    return b;
}

// The shape of the datagram that hung the app: a bundle holding a TUIO 2.0
// frame message, then an element whose size field says 0xFFFFFFFC around a
// damaged /tuio2/ptr. oscpack computed 4 + 0xFFFFFFFC in 32 bits (= 0) and
// never moved past it.
Bytes hangingBundle() {
    Bytes frm;
    putString(frm, "/tuio2/frm");
    putString(frm, ",it");
    put32(frm, 7);
    put32(frm, 0);
    put32(frm, 0);
    Bytes b = bundleHeader();
    put32(b, static_cast<std::uint32_t>(frm.size()));
    b.insert(b.end(), frm.begin(), frm.end());
    put32(b, 0xFFFFFFFCu);
    putString(b, "/tuio2/ptr");
    putString(b, ",iiiff");
    put32(b, 3);
    return b;
}

Bytes everyType() {
    Bytes buf(4096);
    osc::OutboundPacketStream p(buf.data(), buf.size());
    const char blob[5] = {1, 2, 3, 4, 5};
    p << osc::BeginBundleImmediate << osc::BeginBundleImmediate << osc::BeginMessage("/tuio/2Dcur") << std::int32_t{1}
      << 0.5f << "set" << osc::Symbol("sym") << osc::Blob(blob, sizeof blob) << std::int64_t{-9} << 2.5
      << osc::TimeTag(77) << true << false << osc::Nil << osc::Infinitum << 'c' << osc::RgbaColor(0xff00ff00)
      << osc::MidiMessage(0x90) << osc::BeginArray << 1 << osc::EndArray << osc::EndMessage << osc::EndBundle
      << osc::BeginMessage("/tuio2/alv") << osc::EndMessage << osc::EndBundle;
    return Bytes(p.Data(), p.Data() + p.Size());
}

}  // namespace

TEST(OscCheck, TheBundleThatMadeOscpackLoopForeverIsRefused) {
    const Bytes b = hangingBundle();
    const OscCheck check = checkOscPacket(b.data(), b.size(), 8);
    EXPECT_FALSE(check.ok);
    EXPECT_STREQ(check.why, "element longer than the bundle");

    // Fed to the decoder it is counted as malformed and returns at once
    // (before the check, this call never returned).
    TuioDecoder decoder;
    decoder.feed(b.data(), b.size(), "10.0.0.1:3333", 1.0);
    EXPECT_EQ(decoder.stats().malformed, 1u);
    EXPECT_TRUE(decoder.takeEvents().empty());
}

TEST(OscCheck, HugeBlobsZeroSizedElementsAndUnknownTypesAreRefused) {
    Bytes blob;
    putString(blob, "/tuio/2Dcur");
    putString(blob, ",b");
    put32(blob, 0xFFFFFFFDu);  // rounded up to 4 in 32 bits this is 0
    EXPECT_FALSE(checkOscPacket(blob.data(), blob.size(), 8).ok);

    Bytes empty = bundleHeader();
    put32(empty, 0);
    EXPECT_FALSE(checkOscPacket(empty.data(), empty.size(), 8).ok);

    Bytes unknown;
    putString(unknown, "/tuio/2Dcur");
    putString(unknown, ",iQ");
    put32(unknown, 1);
    put32(unknown, 2);
    EXPECT_FALSE(checkOscPacket(unknown.data(), unknown.size(), 8).ok);

    Bytes unterminated = {'/', 't', 'u', 'i'};
    EXPECT_FALSE(checkOscPacket(unterminated.data(), unterminated.size(), 8).ok);
}

TEST(OscCheck, EveryWellFormedPacketPassesAndCutsAreRefusedUnlessBetweenElements) {
    const Bytes b = everyType();
    EXPECT_TRUE(checkOscPacket(b.data(), b.size(), 8).ok) << checkOscPacket(b.data(), b.size(), 8).why;
    EXPECT_FALSE(checkOscPacket(b.data(), b.size(), 1).ok) << "two bundles deep with a depth of one";
    // A bundle cut exactly between its elements is a shorter, well-formed
    // bundle (the empty one included); any other cut is refused.
    const std::size_t firstElementEnd = 20 + ((static_cast<std::size_t>(static_cast<unsigned char>(b[18])) << 8) |
                                              static_cast<unsigned char>(b[19]));
    for (std::size_t n = 0; n < b.size(); ++n)
        EXPECT_EQ(checkOscPacket(b.data(), n, 8).ok, n == 16 || n == firstElementEnd) << "cut at " << n;
}

TEST(OscCheck, AnyElementSizeInABundleIsAnsweredWithoutLooping) {
    // Every size field a sender could put there, around one real message.
    std::mt19937 rng(7);
    for (int i = 0; i < 20000; ++i) {
        Bytes b = bundleHeader();
        const std::uint32_t size = i < 64 ? 0xFFFFFFFFu - static_cast<std::uint32_t>(i) : static_cast<std::uint32_t>(rng());
        put32(b, size);
        putString(b, "/tuio/2Dcur");
        putString(b, ",s");
        putString(b, "alive");
        const OscCheck check = checkOscPacket(b.data(), b.size(), 8);
        EXPECT_EQ(check.ok, size == 24u) << size;
        TuioDecoder decoder;
        decoder.feed(b.data(), b.size(), "10.0.0.1:3333", 1.0);
    }
}
