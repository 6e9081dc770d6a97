// The journal next to a board file (`<board>.journal`): every change since
// the board file was last written, as whole canonical board texts appended
// one after another and fsynced. A record carries its length and a CRC-32,
// so a record torn by a crash or a power cut is recognised and ignored. The
// journal's header names the exact board file it continues (size and CRC of
// its bytes), so a journal left beside a newer or a different file is never
// applied to it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace nt {

std::uint32_t crc32(std::string_view data, std::uint32_t crc = 0);

// Which bytes a board file held: the journal continues exactly these.
struct FileStamp {
    std::uint64_t size = 0;
    std::uint32_t crc = 0;
    bool operator==(const FileStamp&) const = default;
};
FileStamp stampOf(std::string_view bytes);

std::string journalPathFor(const std::string& boardPath);

// Record layout, little-endian: "NTJ1", kind (1 byte: 'H' header, 'B' board),
// 3 zero bytes, sequence (u64), payload length (u32), CRC-32 of everything
// before it in the record and of the payload (u32), payload.
constexpr std::size_t kJournalRecordHead = 24;
constexpr std::size_t kMaxJournalPayload = 64u * 1024u * 1024u;

std::string encodeJournalHeader(FileStamp base);
std::string encodeJournalBoard(std::uint64_t sequence, std::string_view boardJson);

struct JournalContents {
    std::optional<FileStamp> base;           // nullopt: no readable header, nothing can be applied
    std::vector<std::string_view> boards;    // board texts in the order written (views into the bytes read)
    std::size_t ignoredBytes = 0;            // a torn or damaged tail, not trusted
};
// Reads records up to the first one that is torn, damaged or out of order.
JournalContents parseJournal(std::string_view bytes);

// A board file opened together with what its journal adds.
struct OpenedBoard {
    Board board;
    FileStamp stamp;                  // of the board file's bytes as read
    bool fromJournal = false;         // `board` holds changes that only the journal had
    enum class Journal { None, Applied, Same, Stale, Broken } journal = Journal::None;
};

// Reads the board file and, when its journal continues exactly that file,
// the newest board the journal holds (falling back to older records if the
// newest does not load). Throws LoadError when the board file itself cannot
// be read; never changes a file.
OpenedBoard openBoardWithJournal(const std::string& path);

}  // namespace nt
