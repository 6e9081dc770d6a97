// Opening an existing board file or exported picture.
#include "app/board_opening.h"

#include <filesystem>

#include "core/board_file.h"
#include "core/journal.h"
#include "render/png_board.h"

namespace nt {

OpenedFile openBoardFile(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw LoadError(path + ": no such file");
    if (isPngFile(path)) return OpenedFile{readBoardPng(path), "", true, std::nullopt, OpenedBoard::Journal::None};
    OpenedBoard opened = openBoardWithJournal(path);
    return OpenedFile{std::move(opened.board), path, false, opened.stamp, opened.journal};
}

}  // namespace nt
