#include "core/history/historystore.h"

#include "core/history/historyredactor.h"
#include "core/history/historywriter.h"
#include "core/model/exchange.h"
#include "core/vars/variablecontext.h"

#include <QThread>

namespace wirescope {

void HistoryStore::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{}

HistoryStore::~HistoryStore()
{
    flush(); // quitting the thread could drop queued writes
}

void HistoryStore::flush()
{
    if (!m_writer)
        return;
    // Queued calls run in order: once this no-op has run, every earlier write has too.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
}

Result<void> HistoryStore::open(const QString &path)
{
    flush();
    m_thread.reset();
    m_writer = nullptr;
    // The reader creates and migrates the schema before the writer connects.
    if (Result<void> r = m_reader.open(path); !r)
        return r;

    m_thread.reset(new QThread);
    m_thread->setObjectName(QStringLiteral("wirescope-history-writer"));
    m_writer = new HistoryWriter;
    m_writer->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::written, this, [this](qint64 id) {
        emit entryRecorded(id);
        emit changed();
    });
    connect(m_writer, &HistoryWriter::failed, this, &HistoryStore::errorOccurred);
    m_thread->start();
    HistoryWriter *writer = m_writer;
    QMetaObject::invokeMethod(writer, [writer, path] { writer->openDatabase(path); });
    return {};
}

bool HistoryStore::isOpen() const
{
    return m_reader.isOpen();
}

QString HistoryStore::path() const
{
    return m_reader.path();
}

void HistoryStore::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = std::max<qint64>(0, bytes);
}

void HistoryStore::setRedactAuthorization(bool redact)
{
    m_redactAuthorization = redact;
}

void HistoryStore::record(const Exchange &exchange, const QStringList &secretValues)
{
    // An OAuth 2.0 access token is cut out wherever it appears (header, echoed body), even
    // when the Authorization header is kept: it is a secret the user never typed.
    QStringList secrets = secretValues;
    if (exchange.request.auth.kind == AuthKind::OAuth2 && !exchange.request.auth.token.isEmpty())
        secrets.append(exchange.request.auth.token);
    queueWrite(QStringLiteral("an exchange"), secrets,
               [exchange](HistoryWriter *writer, const HistoryRedactor &redactor, qint64 maxBody) {
                   writer->write(exchange, redactor, maxBody);
               });
}

void HistoryStore::recordSession(const SessionRecord &session, const QStringList &secretValues)
{
    queueWrite(QStringLiteral("a WebSocket session"), secretValues + session.credentials,
               [session](HistoryWriter *writer, const HistoryRedactor &redactor, qint64 maxBody) {
                   writer->writeSession(session, redactor, maxBody);
               });
}

void HistoryStore::queueWrite(const QString &what, const QStringList &secrets, WriteJob job)
{
    if (!m_writer) {
        emit errorOccurred(
            QStringLiteral("History: %1 was not recorded because no history file is open")
                .arg(what));
        return;
    }
    // The redactor is built here (cheap) so the worker sees this moment's settings.
    QMetaObject::invokeMethod(m_writer,
                              [writer = m_writer, job = std::move(job),
                               redactor = HistoryRedactor(secrets, m_redactAuthorization),
                               maxBody = m_maxBodyBytes] { job(writer, redactor, maxBody); });
}

QStringList HistoryStore::secretValues(const VariableContext &context)
{
    QStringList out;
    const auto view = context.resolvedView();
    for (const auto &[name, variable] : view) {
        if (variable.secret && !variable.value.isEmpty())
            out.append(variable.value);
    }
    return out;
}

Result<QList<HistorySummary>> HistoryStore::search(const HistoryQuery &query) const
{
    return m_reader.search(query);
}

Result<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    return m_reader.entry(id);
}

Result<Request> HistoryStore::request(qint64 id) const
{
    const Result<HistoryEntry> e = m_reader.entry(id);
    if (!e)
        return e.error();
    return e->requestToReopen();
}

Result<qint64> HistoryStore::count() const
{
    return m_reader.count();
}

Result<void> HistoryStore::remove(qint64 id)
{
    Result<void> r = m_reader.remove(id);
    if (r)
        emit changed();
    return r;
}

Result<void> HistoryStore::clear()
{
    Result<void> r = m_reader.clear();
    if (r)
        emit changed();
    return r;
}

Result<int> HistoryStore::pruneOlderThan(const QDateTime &cutoff)
{
    Result<int> r = m_reader.pruneOlderThan(cutoff);
    if (r && *r > 0)
        emit changed();
    return r;
}

Result<int> HistoryStore::pruneToCount(int keep)
{
    Result<int> r = m_reader.pruneToCount(keep);
    if (r && *r > 0)
        emit changed();
    return r;
}

} // namespace wirescope
