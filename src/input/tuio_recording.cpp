// Recorded touch sessions as JSON Lines.
#include "input/tuio_recording.h"

#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace nt {

namespace {

std::string toHex(std::string_view bytes) {
    static const char* const digits = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string recordingLine(const RecordedDatagram& d) {
    return nlohmann::json{{"t", d.t}, {"from", d.from}, {"hex", toHex(d.bytes)}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<RecordedDatagram> parseRecording(std::string_view text) {
    std::vector<RecordedDatagram> out;
    std::size_t lineNo = 0;
    while (!text.empty()) {
        ++lineNo;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        auto fail = [&](const std::string& what) {
            throw std::runtime_error("line " + std::to_string(lineNo) + ": " + what);
        };
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) fail("not a JSON object");
        const auto t = j.find("t");
        const auto hex = j.find("hex");
        if (t == j.end() || !t->is_number() || !std::isfinite(t->get<double>()) || t->get<double>() < 0)
            fail("\"t\" must be a time in seconds, 0 or more");
        if (hex == j.end() || !hex->is_string()) fail("\"hex\" must hold the datagram's bytes in hexadecimal");
        RecordedDatagram d;
        d.t = t->get<double>();
        if (!out.empty() && d.t < out.back().t) fail("time goes backwards");
        if (const auto from = j.find("from"); from != j.end() && from->is_string()) d.from = from->get<std::string>();
        const std::string& h = hex->get_ref<const std::string&>();
        if (h.size() % 2 != 0 || h.size() / 2 > kMaxDatagramBytes) fail("\"hex\" has an odd length or is too long");
        d.bytes.reserve(h.size() / 2);
        for (std::size_t i = 0; i < h.size(); i += 2) {
            const int hi = hexDigit(h[i]), lo = hexDigit(h[i + 1]);
            if (hi < 0 || lo < 0) fail("\"hex\" holds a character that is not a hexadecimal digit");
            d.bytes += static_cast<char>(hi * 16 + lo);
        }
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace nt
