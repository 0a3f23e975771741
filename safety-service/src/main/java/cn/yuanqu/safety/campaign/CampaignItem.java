package cn.yuanqu.safety.campaign;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A counted result of a campaign: item, unit, count (拆除防盗网 334 套), and whether the count is approximate (清通道 50余处). */
@Entity
@Table(name = "campaign_result")
public class CampaignItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private UUID campaignId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String item;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private int count;

    @Column(nullable = false)
    private boolean approximate;

    protected CampaignItem() {
        // for Hibernate
    }

    static CampaignItem of(UUID campaignId, int position, ResultInput input) {
        CampaignItem i = new CampaignItem();
        i.campaignId = campaignId;
        i.position = position;
        i.item = input.item().strip();
        i.unit = input.unit().strip();
        i.count = input.count();
        i.approximate = Boolean.TRUE.equals(input.approximate());
        return i;
    }

    public UUID getCampaignId() {
        return campaignId;
    }

    public String getItem() {
        return item;
    }

    public String getUnit() {
        return unit;
    }

    public int getCount() {
        return count;
    }

    public boolean isApproximate() {
        return approximate;
    }
}
