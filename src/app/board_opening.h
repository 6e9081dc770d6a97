// Opening an existing board file, from the command line or dropped on the
// window: a board JSON is kept saved in that file; the board inside an
// exported PNG opens too, but the picture is never saved over (like the
// demo, the first change goes to a new file in ~/Netwerktafel).
#pragma once

#include <string>

#include "core/model.h"

namespace nt {

struct OpenedFile {
    Board board;
    std::string savePath;   // empty: the first save picks a new file
    bool fromPicture = false;
};

// Throws LoadError with one line naming the file and what is wrong.
OpenedFile openBoardFile(const std::string& path);

}  // namespace nt
