// The board as a picture, and the report with it, made inside the running
// app: the board file first (the demo gets its own file), then the picture
// beside it. The progress card shows for one frame, then the pixels are drawn
// here on the main thread (GL stays on it) and a worker packs and writes them
// while the workshop goes on.
#pragma once

#include <functional>
#include <string>

#include "core/catalogue.h"
#include "core/translations.h"
#include "render/picture_job.h"
#include "session/session.h"

namespace nt {

class PictureHost {
public:
    using Toast = std::function<void(const std::string& text, bool error)>;

    PictureHost(const Catalogue& catalogue, std::string assetDir, std::function<void()> wake)
        : m_catalogue(catalogue), m_assetDir(std::move(assetDir)), m_job(std::move(wake)) {}

    // The board as a PNG this wide, next to the board file.
    void savePicture(Session& session, int width, double now);
    // The report (HTML with the picture inside, Markdown, CSV) next to the board file.
    void saveReport(Session& session, Lang lang, double now);

    // What the progress card shows; call once a frame before drawing.
    PictureProgress progress();
    bool running() const { return m_job.running(); }
    // Between frames: draws the picture once its card has been shown, and
    // tells how an export ended (toast and stdout/stderr).
    void update(const Session& session, const Translations& tr, Lang lang, const Toast& toast);

private:
    PictureJob::Finish reportWriter(const Session& session, const Translations& tr, Lang lang) const;
    void tellReport(const PictureProgress& outcome, const Translations& tr, const Toast& toast) const;

    const Catalogue& m_catalogue;
    std::string m_assetDir;
    PictureJob m_job;
    bool m_overlayShown = false;  // a frame with the progress card was shown before drawing the picture
};

}  // namespace nt
