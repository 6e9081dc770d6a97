#include "app/picture_host.h"

#include <cstdio>
#include <filesystem>

#include "core/picture_export.h"
#include "core/report.h"
#include "core/report_html.h"
#include "platform/allocator.h"
#include "render/offscreen_export.h"

namespace nt {

void PictureHost::savePicture(Session& session, int width, double now) {
    if (m_job.running() || !session.save(now, false)) return;
    if (m_job.begin(width, picturePathFor(session.store().path(), width))) m_overlayShown = false;
}

// The report's picture is made as for "save picture"; the worker then
// writes the Markdown, the CSV and the HTML page with that picture inside
// beside the board file (core/report_html).
void PictureHost::saveReport(Session& session, Lang lang, double now) {
    if (m_job.running() || !session.save(now, false)) return;
    const std::string page = reportPathFor(session.store().path(), lang, ".html");
    if (m_job.begin(kPictureSizes.front().width, page, /*report=*/true)) m_overlayShown = false;
}

PictureProgress PictureHost::progress() {
    PictureProgress p = m_job.progress();
    if (p.stage == PictureStage::Rendering) m_overlayShown = true;  // in this frame, before drawing the picture
    return p;
}

// The worker works on copies, so the board, a language switch or a new
// catalogue never race with it.
PictureJob::Finish PictureHost::reportWriter(const Session& session, const Translations& tr, Lang lang) const {
    return [board = session.board(), catalogue = m_catalogue, tr, lang,
            boardPath = session.store().path()](const std::string& png) {
        writeReportFiles({board, catalogue, tr, lang}, png, boardPath);
    };
}

void PictureHost::update(const Session& session, const Translations& tr, Lang lang, const Toast& toast) {
    const PictureProgress p = m_job.progress();
    if (p.stage == PictureStage::Rendering && m_overlayShown) {
        try {
            RgbaImage image = renderBoardImage({session.board(), m_catalogue, m_assetDir, p.width, lang});
            m_job.encode(std::move(image), session.board(), p.report ? reportWriter(session, tr, lang) : PictureJob::Finish{});
        } catch (const std::exception& e) {
            m_job.fail(p.path + ": " + e.what());
        }
        returnFreeMemory();  // what drawing it at print size took
    }
    const auto outcome = m_job.takeOutcome();
    if (!outcome) return;
    returnFreeMemory();  // and what packing it took, on the worker
    if (outcome->report) {
        tellReport(*outcome, tr, toast);
    } else if (outcome->stage == PictureStage::Done) {
        toast(tr("toast.pictureSaved") + " " + outcome->path, false);
        std::printf("Netwerktafel: afbeelding bewaard in %s\n", outcome->path.c_str());
        std::fflush(stdout);
    } else {
        toast(tr("toast.pictureFailed") + " " + withoutFolder(outcome->error), true);
        std::fprintf(stderr, "netwerktafel: %s\n", outcome->error.c_str());
    }
}

void PictureHost::tellReport(const PictureProgress& outcome, const Translations& tr, const Toast& toast) const {
    if (outcome.stage == PictureStage::Done) {
        // "Verslag bewaard in /home/an/Netwerktafel: workshop-verslag.html, .md, .csv"
        const std::filesystem::path page(outcome.path);
        toast(tr("toast.reportSaved") + " " + page.parent_path().string() + ": " + page.filename().string() + ", .md, .csv",
              false);
        std::printf("Netwerktafel: verslag bewaard in %s\n", outcome.path.c_str());
        std::fflush(stdout);
    } else {
        toast(tr("toast.reportFailed") + " " + withoutFolder(outcome.error), true);
        std::fprintf(stderr, "netwerktafel: %s\n", outcome.error.c_str());
    }
}

}  // namespace nt
