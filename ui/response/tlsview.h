#pragma once

#include "core/model/requestsettings.h"
#include "core/model/tlsinfo.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace wirescope {

/// What TLS negotiated and verified for one exchange: protocol, cipher, ALPN, the
/// verification result with every error (each with a per-request "accept" action) and the
/// peer certificate chain as a tree.
class TlsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsView)

public:
    explicit TlsView(QWidget *parent = nullptr);

    void setTlsInfo(const TlsInfo &info);
    void clear();

signals:
    /// The user chose to accept @p error for this request (and resend it).
    void acceptErrorRequested(const wirescope::IgnoredTlsError &error);

private:
    void rebuildErrors(const TlsInfo &info);

    QLabel *m_protocol = nullptr;
    QLabel *m_cipher = nullptr;
    QLabel *m_alpn = nullptr;
    QLabel *m_verification = nullptr;
    QWidget *m_errorsBox = nullptr;
    QVBoxLayout *m_errorsLayout = nullptr;
    QTreeWidget *m_chain = nullptr;
};

} // namespace wirescope
