// The boards a facilitator can continue: those in the boards folder(s)
// (~/Netwerktafel, passed in) and those opened recently, each summed up for
// the start screen (title, date, organisation, when it last changed) with a
// status, newest first. Never throws: a file that is gone, broken, foreign
// or too big is listed as such, with the reader's message.
//
// Board pictures (PNG with the board inside) need libpng, which the core does
// not link: the caller hands in a reader (render/png_board's readBoardPng).
// Without one, a PNG in the recent list is listed as unreadable and PNGs in
// the folders are left out.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/board_file.h"
#include "core/model.h"
#include "core/recent_list.h"

namespace nt {

enum class BoardStatus {
    Ok,          // opens; the summary is filled in
    Missing,     // in the recent list, but the file is gone
    Unreadable,  // broken, foreign or not readable: `problem` says why
    TooBig,      // larger than the limit; not read at all
};

struct BoardSummary {
    std::string path;
    BoardStatus status = BoardStatus::Ok;
    std::string title;
    std::string date;             // ISO day as the board holds it
    std::string organisation;
    std::int64_t modified = 0;    // seconds since the Unix epoch, the later of the file and its journal; 0: unknown
    std::uint64_t bytes = 0;
    bool recent = false;          // in the recent list
    bool fromPicture = false;     // a PNG with the board inside
    std::string picture;          // the board's exported picture beside it (for a thumbnail); empty: none
    std::string problem;          // why it is not Ok
};

struct BoardListOptions {
    std::size_t maxBytes = kMaxBoardFileBytes;
    // Reads the board inside a PNG; throws LoadError. Empty: see above.
    std::function<Board(const std::string& path)> readPicture;
};

// Boards files are the folder's *.netwerktafel, *.json and (with a picture
// reader) *.png files that are not the exported picture of a board beside
// them; hidden files and sub-folders are not looked into. A file that is
// both in a folder and in the recent list is listed once. Newest first;
// missing ones last, in the recent list's order.
std::vector<BoardSummary> listBoards(const std::vector<std::string>& folders, const RecentList& recent,
                                     const BoardListOptions& options = {});

// The summary of one file (status Missing when it is not there).
BoardSummary summariseBoard(const std::string& path, const BoardListOptions& options = {});

}  // namespace nt
