#pragma once

#include "core/model/timings.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace wirescope {

/// The timing breakdown of one exchange as a waterfall: one row per phase (DNS, connect,
/// TLS, send, wait, download), each bar placed on a common time axis after the phases before
/// it, with the figure beside it. A phase that was not measured reads "n/a" and has no bar.
class TimingWaterfall final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingWaterfall)

public:
    struct Row
    {
        QString phase;               ///< "DNS lookup"
        QString figure;              ///< "1.23 ms" or "n/a"
        std::optional<double> start; ///< ms from the exchange start (null when not measured)
        std::optional<double> duration;
    };

    explicit TimingWaterfall(QWidget *parent = nullptr);

    void setTimings(const Timings &timings);
    void clear();

    /// The rows as displayed (for tests and the accessible description).
    const QList<Row> &rows() const { return m_rows; }
    /// Plain-language remarks: reused connection, phases Qt reports merged.
    const QStringList &notes() const { return m_notes; }
    QString totalText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    double axisMax() const;

    QList<Row> m_rows;
    QStringList m_notes;
    std::optional<double> m_total;
};

} // namespace wirescope
