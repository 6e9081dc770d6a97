// The participants' web server on cpp-httplib: see phone_server.h.
//
// Update mechanism: polling /api/state every 2 s with If-None-Match. cpp-
// httplib gives each open connection a worker thread for as long as it
// stays open, so long polling or server-sent events would hold one worker
// per phone (300 phones, 300 threads mostly waiting). A poll holds a worker
// only for the microseconds it takes to compare an ETag and answer 304 (or
// copy the published snapshot). A change reaches the phones within one poll
// interval, which is quick enough for a workshop; nothing is lost when a
// phone sleeps.
//
// One request per connection (keep-alive max count 1): cpp-httplib 0.11
// keeps a kept-alive connection's worker waiting (polling the socket every
// 10 ms) for the whole keep-alive timeout, at least 1 s, and the next poll
// comes 2 s later, so keeping a phone's connection open never served its
// next poll; it only held a worker. Measured with 300 phones
// (bench/phone_load.py, docs/benchmarks.md): with keep-alive, the 32 workers
// sat in those waits and requests queued for seconds (p99 13 s); with one
// request per connection a worker is free the moment it has answered. It
// also avoids the 40 ms stall of a second answer on a kept-alive connection
// (Nagle's algorithm holding the body until the phone's delayed ACK of the
// headers, which cpp-httplib writes separately). A new connection costs a
// TCP handshake: one round trip, a few milliseconds on a room's Wi-Fi.
#include "net/phone_server.h"

#include <chrono>
#include <cstdio>
#include <httplib.h>
#include <memory>
#include <sys/socket.h>

#include "net/lan_address.h"
#include "net/phone_page.h"
#include "net/worker_pool.h"

namespace nt {

namespace {

using Json = nlohmann::json;

constexpr const char* kTokenHeader = "X-Session";
constexpr const char* kCookie = "nt_device";
// Workers: a poll holds one for microseconds, but a write holds one until
// the main loop's next frame answers it (with 300 phones' notes on the board
// a frame took up to a second on the 2-core test machine, and 30 writes a
// second then need about 30 workers), and a connection whose request comes
// slowly holds one until the read timeout (5 s): with 32 workers, 32 such
// connections kept every other phone waiting (ui.test_phone_crowd). Waiting
// workers cost no CPU, only a little memory.
constexpr int kWorkers = 128;
constexpr int kBacklog = 512;  // connections waiting to be accepted: a room's burst, and more

constexpr auto kReplyPatience = std::chrono::seconds(5);

void harden(httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");  // the token is in the page's address
    res.set_header("X-Frame-Options", "DENY");
}

void sendJson(httplib::Response& res, int status, const std::string& body) {
    res.status = status;
    res.set_content(body, "application/json; charset=utf-8");
}

void sendError(httplib::Response& res, int status, const std::string& code, const std::string& message) {
    sendJson(res, status, Json{{"error", code}, {"message", message}}.dump());
}

void sendError(httplib::Response& res, const PhoneError& e) { sendError(res, e.status, e.code, e.message); }

std::string cookieValue(const httplib::Request& req, const std::string& name) {
    const std::string header = req.get_header_value("Cookie");
    size_t pos = 0;
    while (pos < header.size()) {
        const size_t end = std::min(header.find(';', pos), header.size());
        std::string part = header.substr(pos, end - pos);
        part.erase(0, part.find_first_not_of(' '));
        if (part.size() > name.size() && part.compare(0, name.size(), name) == 0 && part[name.size()] == '=')
            return part.substr(name.size() + 1);
        pos = end + 1;
    }
    return {};
}

}  // namespace

PhoneServer::PhoneServer(int port, PhoneLimits limits, std::function<void()> wake)
    : m_http(std::make_unique<httplib::Server>()),
      m_port(port),
      m_host(lanAddress()),
      m_wake(std::move(wake)),
      m_session(randomHex(16), limits) {
    m_session.setCode(newSessionCode());
}

std::unique_ptr<PhoneServer> PhoneServer::start(int port, PhoneLimits limits, std::function<void()> wake) {
    std::unique_ptr<PhoneServer> server(new PhoneServer(port, limits, std::move(wake)));
    httplib::Server& http = *server->m_http;
    http.new_task_queue = [] { return new LastIdleFirstPool(kWorkers); };
    http.set_keep_alive_timeout(1);     // now only how long a new connection may wait before its request
    http.set_keep_alive_max_count(1);   // see the comment at the top
    http.set_read_timeout(5);
    http.set_write_timeout(5);
    http.set_payload_max_length(limits.maxBodyBytes);  // larger bodies: 413 before any handler runs
    // cpp-httplib 0.11 listens with a backlog of 5, compiled into the
    // library. With a connection per request, 300 phones polling came in
    // bursts of more than 5 new connections while the accepting thread
    // waited for a core; the kernel dropped the rest, and their phones sent
    // again after TCP's 1 s retry (p99 1 s, bench/phone_load.py). Listening
    // again on the same socket enlarges its queue.
    auto listening = std::make_shared<socket_t>(INVALID_SOCKET);
    http.set_socket_options([listening](socket_t sock) {
        httplib::default_socket_options(sock);
        *listening = sock;
    });
    server->routes();
    if (!http.bind_to_port("0.0.0.0", port)) {
        std::fprintf(stderr, "netwerktafel: port %d is in use, so phones cannot join (choose another with --http-port)\n",
                     port);
        return nullptr;
    }
    if (*listening != INVALID_SOCKET) ::listen(*listening, kBacklog);
    server->m_thread = std::thread([s = server.get()] { s->m_http->listen_after_bind(); });
    std::printf("Netwerktafel: deelnemers doen mee met hun telefoon via %s (code %s)\n", server->joinUrl().c_str(),
                server->code().c_str());
    std::fflush(stdout);
    return server;
}

PhoneServer::~PhoneServer() {
    {
        // Pending writes get a broken promise (answered 503) instead of
        // holding a worker while the server stops.
        std::lock_guard lock(m_workMutex);
        m_stopping = true;
        m_work.clear();
    }
    m_http->stop();
    if (m_thread.joinable()) m_thread.join();
}

std::string PhoneServer::shortUrl() const { return "http://" + m_host + ":" + std::to_string(m_port) + "/"; }

std::string PhoneServer::joinUrl() const { return shortUrl() + "?t=" + m_session.token(); }

std::string PhoneServer::code() const {
    std::lock_guard lock(m_sessionMutex);
    return m_session.code();
}

double PhoneServer::now() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::vector<std::unique_ptr<PhoneWork>> PhoneServer::takeWork() {
    std::lock_guard lock(m_workMutex);
    return std::exchange(m_work, {});
}

void PhoneServer::publish(PhoneSnapshot snapshot) {
    auto shared = std::make_shared<const PhoneSnapshot>(std::move(snapshot));
    std::lock_guard lock(m_snapshotMutex);
    m_snapshot = std::move(shared);
    m_publishedAt = now();
}

void PhoneServer::setJoinOpen(bool open) {
    std::lock_guard lock(m_sessionMutex);
    m_session.setJoinOpen(open);
}

bool PhoneServer::joinOpen() const {
    std::lock_guard lock(m_sessionMutex);
    return m_session.joinOpen();
}

size_t PhoneServer::connected() const {
    std::lock_guard lock(m_sessionMutex);
    return m_session.connected(now());
}

std::vector<PhoneSession::DeviceInfo> PhoneServer::devices() const {
    std::lock_guard lock(m_sessionMutex);
    return m_session.devices(now());
}

bool PhoneServer::removeDevice(int device) {
    std::lock_guard lock(m_sessionMutex);
    return m_session.remove(device);
}

PhoneStatus PhoneServer::status() const {
    return PhoneStatus{joinUrl(), shortUrl(), code(), connected(), joinOpen(), devices()};
}

void PhoneServer::routes() {
    httplib::Server& http = *m_http;

    // The page: three embedded files, nothing from the file system.
    auto page = [&http](const char* path, const char* body, const char* type) {
        http.Get(path, [body, type](const httplib::Request&, httplib::Response& res) {
            harden(res);
            res.set_header("Content-Security-Policy",
                           "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                           "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            res.set_content(body, type);
        });
    };
    page("/", phonePageHtml(), "text/html; charset=utf-8");
    page("/phone.js", phonePageJs(), "text/javascript; charset=utf-8");
    page("/phone.css", phonePageCss(), "text/css; charset=utf-8");

    // Every API call but the code exchange shows the session token first.
    auto tokenOk = [this](const httplib::Request& req, httplib::Response& res) {
        harden(res);
        if (m_session.tokenMatches(req.get_header_value(kTokenHeader))) return true;  // the token never changes
        sendError(res, 403, "bad-token", "this call needs the session token of the join link");
        return false;
    };
    // A joined device within its rate; 0 after answering the refusal.
    auto deviceOf = [this, tokenOk](const httplib::Request& req, httplib::Response& res,
                                    PhoneSession::Use use = PhoneSession::Use::Write) {
        if (!tokenOk(req, res)) return 0;
        std::lock_guard lock(m_sessionMutex);
        const int device = m_session.deviceFor(cookieValue(req, kCookie));
        if (device == 0) {
            sendError(res, 401, "join-first", "join first: this phone has no device cookie");
            return 0;
        }
        if (!m_session.allow(device, now(), use)) {
            res.set_header("Retry-After", "1");
            sendError(res, 429, "too-fast", "too many requests from this phone; try again in a moment");
            return 0;
        }
        return device;
    };

    http.Post("/api/code", [this](const httplib::Request& req, httplib::Response& res) {
        harden(res);
        const Json j = Json::parse(req.body, nullptr, false);
        if (!j.is_object() || !j.contains("code") || !j["code"].is_string() || j["code"].get_ref<const std::string&>().size() > 16)
            return sendError(res, 400, "bad-json", "send {\"code\": \"...\"}");
        std::lock_guard lock(m_sessionMutex);
        if (!m_session.allowAddress(req.remote_addr, now())) return sendError(res, 429, "too-fast", "slow down");
        switch (m_session.checkCode(j["code"].get<std::string>(), now())) {
            case PhoneSession::CodeCheck::Right: return sendJson(res, 200, Json{{"token", m_session.token()}}.dump());
            case PhoneSession::CodeCheck::Wrong: return sendError(res, 403, "wrong-code", "that is not the session code");
            case PhoneSession::CodeCheck::TooFast: return sendError(res, 429, "too-fast", "wait a moment before trying again");
        }
    });

    http.Post("/api/join", [this, tokenOk](const httplib::Request& req, httplib::Response& res) {
        if (!tokenOk(req, res)) return;
        const auto parsed = parseJoin(req.body, m_session.limits());
        std::lock_guard lock(m_sessionMutex);
        if (!m_session.allowAddress(req.remote_addr, now()))
            return sendError(res, 429, "too-fast", "too many requests; try again in a moment");
        if (const auto* e = std::get_if<PhoneError>(&parsed)) return sendError(res, *e);
        const JoinResult joined = m_session.join(cookieValue(req, kCookie), std::get<JoinRequest>(parsed).name, now());
        if (joined.refusal == JoinRefusal::Closed) return sendError(res, 403, "join-closed", "joining is closed");
        if (joined.refusal == JoinRefusal::Full) return sendError(res, 503, "room-full", "no more phones can join");
        if (joined.refusal == JoinRefusal::Removed)
            return sendError(res, 403, "removed", "the facilitator took this phone out of the workshop");
        res.set_header("Set-Cookie", std::string(kCookie) + "=" + joined.key +
                                         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400");
        sendJson(res, 200, Json{{"device", joined.device}, {"name", m_session.deviceName(joined.device)}}.dump());
        if (m_wake) m_wake();  // the board's phone count
    });

    http.Get("/api/state", [this, deviceOf](const httplib::Request& req, httplib::Response& res) {
        const int device = deviceOf(req, res, PhoneSession::Use::Read);
        if (device == 0) return;
        std::shared_ptr<const PhoneSnapshot> snapshot;
        double publishedAt = 0;
        {
            std::lock_guard lock(m_snapshotMutex);
            snapshot = m_snapshot;
            publishedAt = m_publishedAt;
        }
        if (!snapshot) return sendError(res, 503, "starting", "the board is starting; try again in a moment");
        const std::string etag = "\"v" + std::to_string(snapshot->version) + "\"";
        res.set_header("ETag", etag);
        if (req.get_header_value("If-None-Match") == etag) {
            res.status = 304;
            return;
        }
        std::string name;
        {
            std::lock_guard lock(m_sessionMutex);
            name = m_session.deviceName(device);
        }
        sendJson(res, 200, phoneStateJson(*snapshot, device, name, now() - publishedAt));
    });

    // A write: validated here, applied by the main loop, answered from there.
    auto submit = [this](httplib::Response& res, std::unique_ptr<PhoneWork> work) {
        std::future<PhoneReply> reply = work->reply.get_future();
        const std::shared_ptr<WriteClaim> claim = work->claim;  // outlives the work item
        {
            std::lock_guard lock(m_workMutex);
            if (m_stopping) return sendError(res, 503, "stopping", "the board is closing");
            m_work.push_back(std::move(work));
        }
        if (m_wake) m_wake();
        if (reply.wait_for(kReplyPatience) != std::future_status::ready) {
            if (claim->giveUp())  // the main loop will skip it
                return sendError(res, 503, "busy", "the board did not answer in time; try again");
            reply.wait();  // the main loop took it a moment ago: its answer comes this frame
        }
        try {
            const PhoneReply r = reply.get();
            sendJson(res, r.status, r.body);
        } catch (const std::future_error&) {
            sendError(res, 503, "stopping", "the board is closing");
        }
    };

    http.Post("/api/notes", [this, deviceOf, submit](const httplib::Request& req, httplib::Response& res) {
        const int device = deviceOf(req, res);
        if (device == 0) return;
        auto parsed = parseNote(req.body, m_session.limits());
        if (const auto* e = std::get_if<PhoneError>(&parsed)) return sendError(res, *e);
        auto work = std::make_unique<PhoneWork>();
        work->kind = PhoneWork::Kind::AddNote;
        work->device = device;
        work->note = std::move(std::get<NoteRequest>(parsed));
        submit(res, std::move(work));
    });

    auto vote = [this, deviceOf, submit](PhoneWork::Kind kind) {
        return [this, deviceOf, submit, kind](const httplib::Request& req, httplib::Response& res) {
            const int device = deviceOf(req, res);
            if (device == 0) return;
            auto parsed = parseVote(req.body, m_session.limits());
            if (const auto* e = std::get_if<PhoneError>(&parsed)) return sendError(res, *e);
            auto work = std::make_unique<PhoneWork>();
            work->kind = kind;
            work->device = device;
            work->vote = std::get<VoteRequest>(parsed);
            submit(res, std::move(work));
        };
    };
    http.Post("/api/votes", vote(PhoneWork::Kind::CastVote));
    http.Post("/api/votes/retract", vote(PhoneWork::Kind::RetractVote));

    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        harden(res);
        if (res.status == 413) return sendError(res, 413, "too-large", "the request body is too large");
        if (res.body.empty()) sendError(res, res.status, "not-found", "no such page");
    });
}

}  // namespace nt
