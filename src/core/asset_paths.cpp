// Locating assets/ at run time.
#include "core/asset_paths.h"

#include <cstdlib>
#include <filesystem>

namespace nt {

namespace fs = std::filesystem;

std::string findAssetDir(const std::string& argv0) {
    auto looksRight = [](const fs::path& p) {
        std::error_code ec;
        return fs::exists(p / "catalogue" / "actor_types.json", ec);
    };
    if (const char* env = std::getenv("NETWERKTAFEL_ASSETS"); env && looksRight(env)) return env;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) exe = fs::absolute(argv0, ec);
    for (const fs::path& candidate : {exe.parent_path() / "assets", exe.parent_path().parent_path() / "assets",
                                      exe.parent_path().parent_path() / "share" / "netwerktafel"})
        if (looksRight(candidate)) return candidate.string();
#ifdef NT_SOURCE_ASSETS
    if (looksRight(NT_SOURCE_ASSETS)) return NT_SOURCE_ASSETS;
#endif
    return {};
}

}  // namespace nt
