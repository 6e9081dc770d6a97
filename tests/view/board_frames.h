// Frames of the real board view without GL (view/offline_imgui.h), drawn
// with a still layer as the app draws them: the set-up the still layer's
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
    void SetUp() override { layer.setTexture(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(7))); }
    // One frame 1/60 s after the last; true when the still board had to be
    // drawn into the texture again (which then counts as done).
    bool drawFrame() {
        now += 1.0 / 60;
        router.update(now);
        ViewInput in = imgui.input(history.board(), router, catalogue, tr, Lang::Nl, now);
        in.stillLayer = &layer;
        last = imgui.frame(view, in);
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
    double now = 10;
};

}  // namespace nt
