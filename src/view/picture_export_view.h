// The facilitator's choice of picture size (in the toolbar's "Meer" menu and
// in the wrap-up) and the small overlay that shows a picture export under way.
#pragma once

#include <optional>

namespace nt {

struct ViewInput;

// The sizes as menu items, each `itemHeight` px tall; the width chosen this
// frame. Greyed out while an export runs.
std::optional<int> DrawPictureSizeChoices(const ViewInput& in, float itemHeight);

// A card above the toast while an export runs: which size, a bar, the stage.
// Drawn in the foreground; it takes no input, so the board goes on working.
void DrawPictureProgress(const ViewInput& in);

}  // namespace nt
