// The OSC 1.0 layout, walked with every size checked against the bytes left.
#include "input/osc_check.h"

#include <cstdint>
#include <cstring>

namespace nt {

namespace {

constexpr char kBundleTag[8] = {'#', 'b', 'u', 'n', 'd', 'l', 'e', '\0'};

std::uint32_t bigEndian32(const char* p) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) | std::uint32_t{b[3]};
}

// The length of an OSC string at `p` (NUL included, padded to 4), or 0 when
// it does not end inside the `left` bytes.
std::size_t paddedString(const char* p, std::size_t left) {
    const void* nul = std::memchr(p, '\0', left);
    if (!nul) return 0;
    const std::size_t len = static_cast<std::size_t>(static_cast<const char*>(nul) - p) + 1;
    const std::size_t padded = (len + 3) & ~std::size_t{3};
    return padded <= left ? padded : 0;
}

OscCheck fail(const char* why) { return {false, why}; }

// The bytes one argument of this type tag takes at `p`, or nothing if they are not there.
bool argumentSize(char tag, const char* p, std::size_t left, std::size_t& size) {
    switch (tag) {
        case 'i': case 'f': case 'c': case 'r': case 'm': size = 4; break;
        case 'h': case 't': case 'd': size = 8; break;
        case 's': case 'S': size = paddedString(p, left); return size != 0;
        case 'b': {
            if (left < 4) return false;
            const std::size_t bytes = bigEndian32(p);  // in 64 bits: no wrap
            size = 4 + ((bytes + 3) & ~std::size_t{3});
            break;
        }
        case 'T': case 'F': case 'N': case 'I': case '[': case ']': size = 0; break;
        default: return false;  // a type oscpack would refuse or mishandle
    }
    return size <= left;
}

OscCheck checkMessage(const char* p, std::size_t size) {
    const std::size_t address = paddedString(p, size);
    if (address == 0) return fail("address not terminated");
    std::size_t at = address;
    if (at == size) return {true, ""};  // no type tags: a message without arguments
    if (p[at] != ',') return fail("no type tags");
    const std::size_t tagsLen = paddedString(p + at, size - at);
    if (tagsLen == 0) return fail("type tags not terminated");
    const char* tag = p + at + 1;
    at += tagsLen;
    for (; *tag != '\0'; ++tag) {
        std::size_t argSize = 0;
        if (!argumentSize(*tag, p + at, size - at, argSize)) return fail("argument missing or unknown type");
        at += argSize;
    }
    return {true, ""};  // padding after the last argument is tolerated, as oscpack does
}

OscCheck checkElement(const char* p, std::size_t size, int depthLeft) {
    if (size == 0 || size % 4 != 0) return fail("size not a positive multiple of 4");
    if (size < sizeof kBundleTag || std::memcmp(p, kBundleTag, sizeof kBundleTag) != 0) return checkMessage(p, size);
    if (depthLeft <= 0) return fail("bundles nested too deep");
    if (size < 16) return fail("bundle shorter than its header");
    std::size_t at = 16;  // "#bundle\0" and the time tag
    while (at < size) {
        if (size - at < 4) return fail("element size cut off");
        const std::size_t elementSize = bigEndian32(p + at);  // in 64 bits: no wrap
        at += 4;
        if (elementSize > size - at) return fail("element longer than the bundle");
        if (const OscCheck inner = checkElement(p + at, elementSize, depthLeft - 1); !inner.ok) return inner;
        at += elementSize;  // elementSize > 0: every step moves on
    }
    return {true, ""};
}

}  // namespace

OscCheck checkOscPacket(const char* data, std::size_t size, int maxDepth) {
    if (!data) return fail("no data");
    return checkElement(data, size, maxDepth);
}

}  // namespace nt
