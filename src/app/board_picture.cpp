// Saving the board's picture from inside the running app.
#include "app/board_picture.h"

#include <filesystem>

#include "render/png_board.h"

namespace nt {

std::string picturePathFor(const std::string& boardPath) {
    return std::filesystem::path(boardPath).replace_extension(".png").string();
}

std::string saveBoardPicture(const BoardImageRequest& request, const std::string& boardPath) {
    const std::string path = picturePathFor(boardPath);
    const RgbaImage image = renderBoardImage(request);
    writeBoardPng(path, image, request.board);
    return path;
}

}  // namespace nt
