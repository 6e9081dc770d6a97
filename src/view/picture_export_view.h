// The facilitator's choice of picture size (in the toolbar's "Meer" menu and
// in the wrap-up) and the small overlay that shows a picture export under way.
#pragma once

namespace nt {

struct ViewInput;
struct ViewIntents;

// The sizes as menu items, each `itemHeight` px tall: the width chosen this
// frame goes to out.savePicture, and each item to the screen map as
// "picture<width>". Greyed out while an export runs.
void DrawPictureSizeChoices(const ViewInput& in, float itemHeight, ViewIntents& out);

// A card above the toast while an export runs: which size, a bar, the stage.
// Drawn in the foreground; it takes no input, so the board goes on working.
void DrawPictureProgress(const ViewInput& in);

}  // namespace nt
