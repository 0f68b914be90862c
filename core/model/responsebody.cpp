#include "core/model/responsebody.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

namespace wirescope {

struct ResponseBody::Storage
{
    QByteArray memory;
    std::unique_ptr<QTemporaryFile> file;
    qint64 size = 0;
    bool truncated = false;
};

ResponseBody::ResponseBody()
    : m_storage(std::make_shared<Storage>())
{}
ResponseBody::~ResponseBody() = default;
ResponseBody::ResponseBody(const ResponseBody &) = default;
ResponseBody &ResponseBody::operator=(const ResponseBody &) = default;
ResponseBody::ResponseBody(ResponseBody &&) noexcept = default;
ResponseBody &ResponseBody::operator=(ResponseBody &&) noexcept = default;

ResponseBody ResponseBody::fromBytes(const QByteArray &bytes)
{
    ResponseBody body;
    body.m_storage->memory = bytes;
    body.m_storage->size = bytes.size();
    return body;
}

void ResponseBody::detach()
{
    // Appending is only done by the one writer (the engine) before the body is shared;
    // a moved-from body gets fresh storage.
    if (!m_storage)
        m_storage = std::make_shared<Storage>();
}

qint64 ResponseBody::size() const
{
    return m_storage ? m_storage->size : 0;
}

bool ResponseBody::isInMemory() const
{
    return !m_storage || !m_storage->file;
}

QString ResponseBody::filePath() const
{
    return (m_storage && m_storage->file) ? m_storage->file->fileName() : QString();
}

bool ResponseBody::truncated() const
{
    return m_storage && m_storage->truncated;
}

void ResponseBody::setTruncated(bool truncated)
{
    detach();
    m_storage->truncated = truncated;
}

QByteArray ResponseBody::read(qint64 maxBytes) const
{
    if (!m_storage)
        return {};
    if (!m_storage->file)
        return maxBytes < 0 ? m_storage->memory : m_storage->memory.left(maxBytes);
    QFile f(m_storage->file->fileName());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return maxBytes < 0 ? f.readAll() : f.read(maxBytes);
}

std::unique_ptr<QIODevice> ResponseBody::openReader() const
{
    if (m_storage && m_storage->file) {
        auto f = std::make_unique<QFile>(m_storage->file->fileName());
        f->open(QIODevice::ReadOnly);
        return f;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(m_storage ? m_storage->memory : QByteArray());
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

bool ResponseBody::append(const QByteArray &bytes, qint64 memoryThreshold, QString *error)
{
    detach();
    Storage &s = *m_storage;
    if (!s.file && s.size + bytes.size() > memoryThreshold) {
        auto file = std::make_unique<QTemporaryFile>(QDir::tempPath()
                                                     + QStringLiteral("/wirescope-body-XXXXXX"));
        if (!file->open()) {
            if (error)
                *error = QStringLiteral("cannot create a temporary file for the response body: ")
                         + file->errorString();
            return false;
        }
        if (file->write(s.memory) != s.memory.size()) {
            if (error)
                *error = QStringLiteral("cannot write the response body to ") + file->fileName()
                         + QStringLiteral(": ") + file->errorString();
            return false;
        }
        s.memory.clear();
        s.memory.squeeze();
        s.file = std::move(file);
    }
    if (s.file) {
        if (s.file->write(bytes) != bytes.size()) {
            if (error)
                *error = QStringLiteral("cannot write the response body to ") + s.file->fileName()
                         + QStringLiteral(": ") + s.file->errorString();
            return false;
        }
        s.file->flush();
    } else {
        s.memory.append(bytes);
    }
    s.size += bytes.size();
    return true;
}

bool ResponseBody::saveTo(const QString &path, QString *error) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                QStringLiteral("cannot write ") + path + QStringLiteral(": ") + out.errorString();
        return false;
    }
    auto in = openReader();
    while (!in->atEnd()) {
        const QByteArray chunk = in->read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            if (error)
                *error = QStringLiteral("cannot write ") + path + QStringLiteral(": ")
                         + out.errorString();
            out.cancelWriting();
            return false;
        }
    }
    if (!out.commit()) {
        if (error)
            *error =
                QStringLiteral("cannot write ") + path + QStringLiteral(": ") + out.errorString();
        return false;
    }
    return true;
}

} // namespace wirescope
