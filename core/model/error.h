#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wirescope {

/// What went wrong, in categories a user can act on. Core reports errors as values
/// (no exceptions across signals); `message` is a plain-words sentence for people.
struct Error
{
    enum class Kind {
        InvalidRequest,    ///< the request cannot be built: bad URL, scheme, header, missing file
        Dns,               ///< host name lookup failed
        ConnectionRefused, ///< nothing listens there
        ConnectionReset,   ///< the peer closed or reset the connection mid-exchange
        Tls,               ///< handshake or certificate verification failed
        Timeout,           ///< the total time limit ran out
        InactivityTimeout, ///< no bytes moved for longer than the inactivity limit
        TooLarge,          ///< the response exceeded the configured maximum size
        TooManyRedirects,  ///< redirect limit reached or a loop detected
        Proxy,             ///< the proxy refused, failed or needs credentials
        Protocol,          ///< malformed response (truncated chunked body, bad framing)
        Cancelled,         ///< the user cancelled
        File,              ///< reading or writing a local file failed
        Parse,             ///< input text could not be parsed (JSON, YAML, curl, ...)
        Other,
    };

    // A constructor rather than an aggregate, so `{kind, message}` needs no detail.
    Error() = default;
    Error(Kind kind, QString message, QString detail = {})
        : kind(kind)
        , message(std::move(message))
        , detail(std::move(detail))
    {}

    Kind kind = Kind::Other;
    QString message; ///< what went wrong and, where it helps, what to try, for a person
    QString detail;  ///< the technical detail (Qt's own text, codes), shown one click away

    /// Stable lower-case identifier ("dns", "tls", "timeout", ...) used in JSON output.
    static QString kindName(Kind kind);
    /// Inverse of kindName(); Kind::Other for unknown text.
    static Kind kindFromName(QStringView name);
};

/// A value or an Error. Small on purpose: `if (!r) show(r.error());`.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    explicit operator bool() const { return std::holds_alternative<T>(m_data); }
    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result for operations with no value.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}
    explicit operator bool() const { return !m_error.has_value(); }
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace wirescope
