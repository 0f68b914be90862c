#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;
class QTemporaryFile;

namespace wirescope {

/// The bytes of a response body: in memory up to a threshold, spilled to a temporary
/// file beyond it. Copies share the same storage (the file lives while any copy does).
class ResponseBody final
{
public:
    ResponseBody();
    ~ResponseBody();
    ResponseBody(const ResponseBody &);
    ResponseBody &operator=(const ResponseBody &);
    ResponseBody(ResponseBody &&) noexcept;
    ResponseBody &operator=(ResponseBody &&) noexcept;

    /// A body held in memory (for tests, imports and saved examples).
    static ResponseBody fromBytes(const QByteArray &bytes);

    qint64 size() const;
    bool isEmpty() const { return size() == 0; }
    bool isInMemory() const;  ///< false once spilled to a file
    QString filePath() const; ///< the temporary file, when spilled
    bool truncated() const;   ///< the size limit stopped the download
    void setTruncated(bool truncated);

    /// Up to @p maxBytes from the start (the whole body when maxBytes < 0). Reads the file
    /// when spilled: do not call with a large limit on the UI thread.
    QByteArray read(qint64 maxBytes = -1) const;
    /// A device reading the whole body from the start; caller owns it.
    std::unique_ptr<QIODevice> openReader() const;

    /// Appends bytes; spills to a temporary file in @p spillDir once the size would exceed
    /// @p memoryThreshold. Returns false (and sets @p error) when the file cannot be written.
    bool append(const QByteArray &bytes, qint64 memoryThreshold, QString *error = nullptr);

    /// Writes the body to @p path. Returns false and sets @p error on failure.
    bool saveTo(const QString &path, QString *error = nullptr) const;

private:
    struct Storage;
    std::shared_ptr<Storage> m_storage;
    void detach();
};

} // namespace wirescope
