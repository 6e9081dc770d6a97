// Frames of the real board view without GL (view/offline_imgui.h), drawn
// with a still layer and its item atlas as the app draws them: the set-up the still layer's
// and the frame damage's tests share.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/board_file.h"
#include "core/catalogue.h"
#include "core/history.h"
#include "core/translations.h"
#include "input/pointer_router.h"
#include "view/board_view.h"
#include "view/offline_imgui.h"
#include "view/still_layer.h"

namespace nt {

class BoardFrames : public ::testing::Test {
protected:
    static ImTextureID textureNamed(intptr_t name) { return reinterpret_cast<ImTextureID>(name); }
    void SetUp() override {
        ImGui::GetIO().Fonts->TexID = textureNamed(5);  // as a renderer names the glyphs' texture
        layer.setTexture(textureNamed(7));
        layer.atlas().setTexture(textureNamed(9));
    }
    // One frame 1/60 s after the last; true when the still board had to be
    // drawn into the texture again (which then counts as done).
    bool drawFrame() {
        now += 1.0 / 60;
        router.update(now);
        ViewInput in = imgui.input(history.board(), router, catalogue, tr, Lang::Nl, now);
        in.stillLayer = &layer;
        last = imgui.frame(view, in);
        atlasDrawn = layer.atlas().pending() != nullptr;
        if (atlasDrawn || layer.atlas().clearFirst()) layer.atlas().rendered();
        const bool again = layer.toRender() != nullptr;
        if (again) layer.rendered();
        return again;
    }
    void pointer(PointerPhase phase, Vec2 at) { router.handle(PointerEvent{1, PointerSource::Mouse, phase, at, now}); }

    const std::string assets = NT_SOURCE_ASSETS;
    OfflineImGui imgui{assets};
    Catalogue catalogue = Catalogue::load(assets + "/catalogue/actor_types.json");
    Translations tr = Translations::load(assets + "/i18n/nl.json");
    History history{readBoardFile(assets + "/demo/demo-workshop.json")};
    PointerRouter router{history};
    BoardView view;
    StillLayer layer;
    OfflineFrame last;
    bool atlasDrawn = false;  // the last frame drew new coverage into the item atlas
    double now = 10;
};

}  // namespace nt
