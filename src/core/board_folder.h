// One folder as the board browser shows it: its sub-folders and the boards in
// it (board files, and JSON files and PNG pictures that hold a board), never
// anything else, so a facilitator on a touch table only sees what opens.
#pragma once

#include <string>
#include <vector>

#include "core/board_list.h"

namespace nt {

struct FolderEntry {
    std::string path;
    std::string name;
    bool folder = false;
    BoardSummary board;         // for a board
};

struct FolderListing {
    std::vector<FolderEntry> entries;  // folders first, then boards, each by name
    std::string problem;               // the folder could not be read: why ("" when it could)
};

// Hidden entries are left out. A *.netwerktafel file is listed whatever its
// state (it is meant to be a board: a broken one says so); a *.json or *.png
// file only when a board is in it. At most `maxEntries` entries are looked at.
// Never throws.
FolderListing listBoardFolder(const std::string& folder, const BoardListOptions& options = {},
                              std::size_t maxEntries = 2000);

}  // namespace nt
