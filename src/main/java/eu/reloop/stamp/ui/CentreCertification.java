package eu.reloop.stamp.ui;

import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.ui.CertificationBadge;

/** Whether the centre's reuse-centre certificate is in force and covers the item's category, as the directory's badge. */
class CentreCertification extends CertificationBadge {

    CentreCertification(boolean certified) {
        super(certified ? CertificationStatus.CERTIFIED : CertificationStatus.NOT_CERTIFIED);
    }
}
