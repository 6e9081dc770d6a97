// Names for new board files.
#include "core/board_naming.h"

#include <filesystem>
#include <string_view>

namespace nt {

namespace {

bool isDay(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

// Characters that Windows, FAT sticks or the shell trip over become spaces.
std::string safeText(std::string_view text) {
    std::string out;
    for (char ch : text) {
        const auto u = static_cast<unsigned char>(ch);
        const bool bad = u < 0x20 || u == 0x7F || std::string_view("/\\:*?\"<>|").find(ch) != std::string_view::npos;
        const char c = bad ? ' ' : ch;
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    return out;
}

std::string trimEnds(std::string s) {
    // Leading dots would hide the file; trailing dots and spaces upset Windows.
    const auto first = s.find_first_not_of(" .");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" .");
    return s.substr(first, last - first + 1);
}

bool taken(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::symlink_status(p, ec));
}

}  // namespace

std::string boardFileStem(const Workshop& workshop) {
    std::string name = trimEnds(safeText(workshop.title));
    if (name.empty()) name = trimEnds(safeText(workshop.organisation));
    if (name.empty()) name = "Netwerktafel";
    std::string stem = isDay(workshop.date) ? workshop.date + " " + name : name;
    return trimEnds(truncateUtf8(std::move(stem), kMaxBoardStemBytes));
}

std::string newBoardFileName(const Workshop& workshop, const std::string& folder, std::string_view extension) {
    const std::filesystem::path dir(folder);
    const std::string stem = boardFileStem(workshop);
    std::filesystem::path p = dir / (stem + std::string(extension));
    for (int i = 2; taken(p); ++i) p = dir / (stem + " (" + std::to_string(i) + ")" + std::string(extension));
    return p.string();
}

}  // namespace nt
