// Journal records: encoding, checking, and opening a board with its journal.
#include "core/journal.h"

#include <array>
#include <filesystem>

#include "core/board_file.h"

namespace nt {

namespace {

constexpr std::string_view kMagic = "NTJ1";
constexpr std::size_t kMaxJournalFileBytes = 512u * 1024u * 1024u;

std::array<std::uint32_t, 256> makeCrcTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

void putLe(std::string& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFFu));
}

std::uint64_t getLe(std::string_view in, std::size_t at, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) value |= std::uint64_t(static_cast<unsigned char>(in[at + i])) << (8 * i);
    return value;
}

std::string encodeRecord(char kind, std::uint64_t sequence, std::string_view payload) {
    std::string out;
    out.reserve(kJournalRecordHead + payload.size());
    out.append(kMagic);
    out.push_back(kind);
    out.append(3, '\0');
    putLe(out, sequence, 8);
    putLe(out, payload.size(), 4);
    const std::uint32_t crc = crc32(payload, crc32(out));
    putLe(out, crc, 4);
    out.append(payload);
    return out;
}

// The header's payload: "size crc" of the board file, in decimal.
std::optional<FileStamp> parseStamp(std::string_view payload) {
    FileStamp stamp;
    std::size_t i = 0;
    auto number = [&](std::uint64_t& into) {
        const std::size_t start = i;
        into = 0;
        while (i < payload.size() && payload[i] >= '0' && payload[i] <= '9' && i - start < 20)
            into = into * 10 + std::uint64_t(payload[i++] - '0');
        return i > start;
    };
    std::uint64_t crc = 0;
    if (!number(stamp.size) || i >= payload.size() || payload[i++] != ' ' || !number(crc) || i != payload.size() ||
        crc > 0xFFFFFFFFu)
        return std::nullopt;
    stamp.crc = static_cast<std::uint32_t>(crc);
    return stamp;
}

}  // namespace

std::uint32_t crc32(std::string_view data, std::uint32_t crc) {
    static const std::array<std::uint32_t, 256> table = makeCrcTable();
    crc = ~crc;
    for (char ch : data) crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

FileStamp stampOf(std::string_view bytes) { return FileStamp{bytes.size(), crc32(bytes)}; }

std::string journalPathFor(const std::string& boardPath) { return boardPath + ".journal"; }

std::string encodeJournalHeader(FileStamp base) {
    return encodeRecord('H', 0, std::to_string(base.size) + " " + std::to_string(base.crc));
}

std::string encodeJournalBoard(std::uint64_t sequence, std::string_view boardJson) {
    return encodeRecord('B', sequence, boardJson);
}

JournalContents parseJournal(std::string_view bytes) {
    JournalContents out;
    std::size_t at = 0;
    std::uint64_t lastSequence = 0;
    bool first = true;
    while (at < bytes.size()) {
        const std::string_view rest = bytes.substr(at);
        if (rest.size() < kJournalRecordHead || rest.substr(0, 4) != kMagic) break;
        const char kind = rest[4];
        const std::uint64_t sequence = getLe(rest, 8, 8);
        const std::uint64_t length = getLe(rest, 16, 4);
        if (length > kMaxJournalPayload || rest.size() - kJournalRecordHead < length) break;
        const std::string_view payload = rest.substr(kJournalRecordHead, length);
        if (crc32(payload, crc32(rest.substr(0, 20))) != getLe(rest, 20, 4)) break;
        if (first) {
            // Only a header may open a journal; without one nothing is trusted.
            const auto stamp = kind == 'H' ? parseStamp(payload) : std::nullopt;
            if (!stamp) break;
            out.base = stamp;
            first = false;
        } else {
            if (kind != 'B' || sequence <= lastSequence) break;
            lastSequence = sequence;
            out.boards.push_back(payload);
        }
        at += kJournalRecordHead + length;
    }
    out.ignoredBytes = bytes.size() - at;
    if (!out.base) out.boards.clear();
    return out;
}

namespace {

OpenedBoard openOnce(const std::string& path) {
    OpenedBoard opened;
    const std::string text = readTextFile(path, kMaxBoardFileBytes);
    opened.board = boardFromJsonText(text, path);
    opened.stamp = stampOf(text);

    const std::string journalPath = journalPathFor(path);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(journalPath, ec)) return opened;
    std::string bytes;
    try {
        bytes = readTextFile(journalPath, kMaxJournalFileBytes);
    } catch (const LoadError&) {
        opened.journal = OpenedBoard::Journal::Broken;
        return opened;
    }
    const JournalContents contents = parseJournal(bytes);
    if (!contents.base) {
        opened.journal = OpenedBoard::Journal::Broken;
        return opened;
    }
    if (!(*contents.base == opened.stamp)) {
        // Written for another version of the file: usually the journal of a
        // snapshot that was written just before a crash, so the file already
        // holds everything; applying it could only go back in time.
        opened.journal = OpenedBoard::Journal::Stale;
        return opened;
    }
    for (auto it = contents.boards.rbegin(); it != contents.boards.rend(); ++it) {
        try {
            Board board = boardFromJsonText(*it, journalPath);
            if (*it == text) {
                opened.journal = OpenedBoard::Journal::Same;
            } else {
                opened.board = std::move(board);
                opened.fromJournal = true;
                opened.journal = OpenedBoard::Journal::Applied;
            }
            return opened;
        } catch (const LoadError&) {
            // A record that checks out but does not load (a newer app's?):
            // an older one may still do.
        }
    }
    opened.journal = contents.boards.empty() ? OpenedBoard::Journal::Same : OpenedBoard::Journal::Broken;
    return opened;
}

}  // namespace

OpenedBoard openBoardWithJournal(const std::string& path) {
    // A running app may write a snapshot and drop the journal between our
    // reading the file and reading the journal: then the file we read is
    // no longer there, so read both again.
    for (int attempt = 0;; ++attempt) {
        OpenedBoard opened = openOnce(path);
        if (attempt == 4) return opened;
        try {
            if (stampOf(readTextFile(path, kMaxBoardFileBytes)) == opened.stamp) return opened;
        } catch (const LoadError&) {
            return opened;
        }
    }
}

}  // namespace nt
