// The extension of board files: new boards get their own, so a desktop can
// tell them from other JSON and open them with Netwerktafel on a double-click
// (the MIME type in packaging/). They stay JSON inside, and boards saved as
// .json before keep opening: the app reads a board by its content, never by
// its name.
#pragma once

#include <string_view>

namespace nt {

// Written for every new board (~/Netwerktafel/<title>-<date>.netwerktafel).
inline constexpr std::string_view kBoardExtension = ".netwerktafel";

}  // namespace nt
