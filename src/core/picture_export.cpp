// The stages of a picture export and where its file goes.
#include "core/picture_export.h"

#include <algorithm>
#include <filesystem>

namespace nt {

std::string picturePathFor(const std::string& boardPath, int width) {
    std::filesystem::path p(boardPath);
    if (width == kPictureSizes.front().width) return p.replace_extension(".png").string();
    const std::string stem = p.stem().string();
    return p.replace_filename(stem + "-" + std::to_string(width) + ".png").string();
}

double PictureProgress::fraction() const {
    // Drawing takes the first 5 %, packing up to 90 %, writing the rest.
    switch (stage) {
        case PictureStage::Idle:
        case PictureStage::Rendering: return 0.0;
        case PictureStage::Encoding:
            return 0.05 + 0.85 * (rows > 0 ? std::clamp(static_cast<double>(rowsDone) / rows, 0.0, 1.0) : 0.0);
        case PictureStage::Writing: return 0.9;
        case PictureStage::Done:
        case PictureStage::Failed: return 1.0;
    }
    return 0.0;
}

bool PictureProgress::running() const {
    return stage == PictureStage::Rendering || stage == PictureStage::Encoding || stage == PictureStage::Writing;
}

bool PictureExport::begin(int width, std::string path, bool report) {
    if (m_progress.running()) return false;
    m_progress = {};
    m_progress.stage = PictureStage::Rendering;
    m_progress.width = width;
    m_progress.path = std::move(path);
    m_progress.report = report;
    return true;
}

bool PictureExport::rendered(int rows) {
    if (m_progress.stage != PictureStage::Rendering || rows <= 0) return false;
    m_progress.stage = PictureStage::Encoding;
    m_progress.rows = rows;
    m_progress.rowsDone = 0;
    return true;
}

bool PictureExport::encoded(int rowsDone) {
    if (m_progress.stage != PictureStage::Encoding) return false;
    // Never backwards, never past the end.
    m_progress.rowsDone = std::clamp(rowsDone, m_progress.rowsDone, m_progress.rows);
    return true;
}

bool PictureExport::writing() {
    if (m_progress.stage != PictureStage::Encoding) return false;
    m_progress.stage = PictureStage::Writing;
    m_progress.rowsDone = m_progress.rows;
    return true;
}

bool PictureExport::finished() {
    if (m_progress.stage != PictureStage::Writing) return false;
    m_progress.stage = PictureStage::Done;
    return true;
}

bool PictureExport::failed(std::string why) {
    if (!m_progress.running()) return false;
    m_progress.stage = PictureStage::Failed;
    m_progress.error = std::move(why);
    return true;
}

std::optional<PictureProgress> PictureExport::takeOutcome() {
    if (m_progress.stage != PictureStage::Done && m_progress.stage != PictureStage::Failed) return std::nullopt;
    PictureProgress outcome = std::move(m_progress);
    m_progress = {};
    return outcome;
}

}  // namespace nt
