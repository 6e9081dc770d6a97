// A readable name for a new board file in the boards folder (~/Netwerktafel,
// chosen by the caller): "2026-12-03 Bibliotheek Zottegem.netwerktafel",
// safe on every file system a facilitator carries boards on (USB sticks
// included), and never the name of a file that is already there.
#pragma once

#include <string>
#include <string_view>

#include "core/board_file_name.h"
#include "core/model.h"

namespace nt {

// "<date> <title>" (the organisation when there is no title, "Netwerktafel"
// when there is neither) without / \ : * ? " < > | and control characters,
// spaces made one, no leading dots (a hidden file), trimmed, at most
// kMaxBoardStemBytes bytes (whole UTF-8 characters).
constexpr std::size_t kMaxBoardStemBytes = 120;
std::string boardFileStem(const Workshop& workshop);

// The path in `folder` for a new board: the stem plus `extension`, with
// " (2)", " (3)" … when the name is taken (by a file, a folder or a link).
// The caller creates the file at once; a name can be taken in between.
std::string newBoardFileName(const Workshop& workshop, const std::string& folder,
                             std::string_view extension = kBoardExtension);

}  // namespace nt
