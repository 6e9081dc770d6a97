// Where things are on the screen, written to a file for the UI tests: with
// NT_UI_MAP=path in the environment, the app keeps that file up to date
// with the open on-screen keyboards (each key's centre, the accents of a
// long press), the text fields that offer one and the toolbar's buttons
// (their rectangles), in window pixels. Tests then touch what the app drew instead of pixel
// positions worked out by hand, so a change of layout does not break them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/board_transform.h"
#include "input/keyboard_desk.h"
#include "view/board_view.h"

namespace nt {

class UiMap {
public:
    // Null unless NT_UI_MAP names a file.
    static std::unique_ptr<UiMap> fromEnvironment();
    explicit UiMap(std::string path) : m_path(std::move(path)) {}

    // Rewrites the file when what it says has changed.
    void write(const KeyboardDesk& desk, const ViewLayout& layout, const BoardTransform& xf);

private:
    std::string m_path;
    std::string m_last;
    bool m_failed = false;
};

}  // namespace nt
