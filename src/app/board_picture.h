// The wrap-up's "save a picture": the board rendered offscreen with the app's
// own GL context (render/offscreen_export) and written as a PNG that carries
// the board, next to the board file under the same name.
#pragma once

#include <string>

#include "render/offscreen_export.h"

namespace nt {

// "…/workshop.json" → "…/workshop.png".
std::string picturePathFor(const std::string& boardPath);

// Renders and writes the picture; call between frames, with the window's
// context current. Returns the path written. Throws std::runtime_error (the
// GL driver) or SaveError (the file).
std::string saveBoardPicture(const BoardImageRequest& request, const std::string& boardPath);

}  // namespace nt
