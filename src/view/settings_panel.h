// The toolbar's settings button: a square button with a gear, named by
// `label` for the tooltip and for tests. Opens the display settings
// (BoardView::drawSettings in settings_panel.cpp).
#pragma once

#include <string>

namespace nt {

bool DrawSettingsButton(const std::string& label, float size);

}  // namespace nt
