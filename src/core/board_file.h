// The board file: JSON in a versioned envelope. Reading names the file and
// the place where it went wrong; writing is canonical, so loading a written
// file and writing it again gives the same bytes.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "core/model.h"

namespace nt {

constexpr const char* kBoardFileType = "netwerktafel-board";
constexpr int kBoardFormatVersion = 7;
constexpr std::size_t kMaxBoardFileBytes = 64u * 1024u * 1024u;

// Carries one line a person can act on, e.g.
// "demo.json: /board/actors/3/name: expected a string, found a number".
class LoadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// `source` names the text in error messages (usually the file name).
Board boardFromJsonText(std::string_view text, const std::string& source);
std::string boardToJsonText(const Board& board);

// File helpers. readBoardFile refuses files that are too large before reading.
Board readBoardFile(const std::string& path);
std::string readTextFile(const std::string& path, std::size_t maxBytes);

}  // namespace nt
