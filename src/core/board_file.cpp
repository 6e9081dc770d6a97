// Board files: the envelope, parsing with limits, migration from older
// formats, and reading files from disk.
#include "core/board_file.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/board_file_read.h"
#include "core/board_migrate.h"

namespace nt {

namespace {

struct LineColumn {
    std::size_t line = 1;
    std::size_t column = 1;
};

LineColumn lineColumnAt(std::string_view text, std::size_t byte) {
    LineColumn lc;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            lc.column = 1;
        } else {
            ++lc.column;
        }
    }
    return lc;
}

constexpr int kMaxJsonDepth = 32;

// Byte offset of the first number literal outside strings that is not finite.
std::size_t offsetOfHugeNumber(std::string_view text) {
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (inString) {
            if (ch == '\\') ++i;
            else if (ch == '"') inString = false;
            continue;
        }
        if (ch == '"') {
            inString = true;
        } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
            std::size_t end = i;
            while (end < text.size() && std::string_view("0123456789+-.eE").find(text[end]) != std::string_view::npos) ++end;
            const std::string token(text.substr(i, end - i));
            if (!std::isfinite(std::strtod(token.c_str(), nullptr))) return i;
            i = end - 1;
        }
    }
    return 0;
}

}  // namespace

Board boardFromJsonText(std::string_view text, const std::string& source) {
    const Reader r(source);
    if (text.size() > kMaxBoardFileBytes)
        throw LoadError(source + ": file is too large for a board (" + std::to_string(text.size() / (1024 * 1024)) +
                        " MiB, at most " + std::to_string(kMaxBoardFileBytes / (1024 * 1024)) + " MiB)");
    Json doc;
    try {
        // Anything nested deeper than a board ever is gets dropped while
        // parsing, so hostile input cannot exhaust the stack.
        doc = Json::parse(text.begin(), text.end(),
                          [](int depth, Json::parse_event_t, Json&) { return depth <= kMaxJsonDepth; });
    } catch (const Json::parse_error& e) {
        const LineColumn lc = lineColumnAt(text, e.byte == 0 ? 0 : e.byte - 1);
        throw LoadError(source + ": line " + std::to_string(lc.line) + ", column " + std::to_string(lc.column) +
                        ": not valid JSON");
    } catch (const Json::exception&) {
        // nlohmann reports numbers beyond a double without a position; find it.
        const LineColumn lc = lineColumnAt(text, offsetOfHugeNumber(text));
        throw LoadError(source + ": line " + std::to_string(lc.line) + ", column " + std::to_string(lc.column) +
                        ": a number too large to read");
    }
    if (!doc.is_object()) r.fail("", std::string("expected a board file (a JSON object), found ") + Reader::typeName(doc));
    auto type = doc.find("type");
    if (type == doc.end() || !type->is_string() || type->get<std::string>() != kBoardFileType)
        r.fail("/type", std::string("not a Netwerktafel board (expected \"") + kBoardFileType + "\")");
    auto version = doc.find("formatVersion");
    if (version == doc.end() || !version->is_number_integer() || version->get<long long>() < 1)
        r.fail("/formatVersion", "missing or not a positive whole number");
    const long long v = version->get<long long>();
    if (v > kBoardFormatVersion)
        throw LoadError(source + ": made by a newer Netwerktafel (board format " + std::to_string(v) +
                        ", this version reads up to " + std::to_string(kBoardFormatVersion) +
                        "); please update Netwerktafel to open it");
    if (v < kBoardFormatVersion) {
        try {
            migrateBoardJson(doc, static_cast<int>(v));
        } catch (const MigrationError& e) {
            r.fail(e.path(), e.what());
        }
    }
    return readBoard(r, r.field(doc, "", "board"));
}

std::string readTextFile(const std::string& path, std::size_t maxBytes) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw LoadError(path + ": is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LoadError(path + ": cannot open the file");
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0) throw LoadError(path + ": cannot read the file (is it a folder?)");
    if (static_cast<std::size_t>(size) > maxBytes)
        throw LoadError(path + ": file is too large for a board (" + std::to_string(size / (1024 * 1024)) +
                        " MiB, at most " + std::to_string(maxBytes / (1024 * 1024)) + " MiB)");
    in.seekg(0);
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), size);
    if (!in) throw LoadError(path + ": cannot read the file");
    return text;
}

Board readBoardFile(const std::string& path) {
    return boardFromJsonText(readTextFile(path, kMaxBoardFileBytes), path);
}

}  // namespace nt
