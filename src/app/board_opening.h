// Opening an existing board file, from the command line or dropped on the
// window: a board JSON is kept saved in that file; the board inside an
// exported PNG opens too, but the picture is never saved over (like the
// demo, the first change goes to a new file in ~/Netwerktafel).
#pragma once

#include <optional>
#include <string>

#include "core/journal.h"
#include "core/model.h"

namespace nt {

struct OpenedFile {
    Board board;
    std::string savePath;   // empty: the first save picks a new file
    bool fromPicture = false;
    std::optional<FileStamp> base;  // the board file's bytes as read (none for a picture)
    // What the journal beside a board file held: changes the file lacked are
    // in `board` already (Applied), and the file is then behind.
    OpenedBoard::Journal journal = OpenedBoard::Journal::None;
    bool recovered() const { return journal == OpenedBoard::Journal::Applied; }
};

// A board file opens with what its journal holds (see core/journal.h).
// Throws LoadError with one line naming the file and what is wrong.
OpenedFile openBoardFile(const std::string& path);

}  // namespace nt
