// Opening an existing board file or exported picture.
#include "app/board_opening.h"

#include <filesystem>

#include "core/board_file.h"
#include "render/png_board.h"

namespace nt {

OpenedFile openBoardFile(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw LoadError(path + ": no such file");
    if (isPngFile(path)) return OpenedFile{readBoardPng(path), "", true};
    return OpenedFile{readBoardFile(path), path, false};
}

}  // namespace nt
