// A place on the board where an actor type can be picked up: an entry of the
// inspiration tray. The view says where its entries are each frame; the
// pointer router lets any finger drag a new actor of that type out of them.
#pragma once

#include <string>

#include "core/layout.h"

namespace nt {

struct TypeSource {
    layout::Rect rect;       // board units
    std::string type;        // actor type id
    std::string name;        // the new actor's name until the group names it
    friend bool operator==(const TypeSource&, const TypeSource&) = default;
};

}  // namespace nt
