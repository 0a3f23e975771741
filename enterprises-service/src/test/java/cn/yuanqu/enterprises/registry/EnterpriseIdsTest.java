package cn.yuanqu.enterprises.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class EnterpriseIdsTest {

    @Test
    void matchesTheRfcVersion5OfAnotherImplementation() {
        // uuid.uuid5(UUID('09937f5a-…'), 'xingguo:91360732MA35XH8C2X') in Python; the realm's
        // xg-ent-user carries this id as its enterprise_id claim.
        assertThat(EnterpriseIds.of("xingguo", "91360732MA35XH8C2X"))
                .isEqualTo(UUID.fromString("bbacd6f1-8825-5dc4-b88c-60566b3ff93c"));
    }

    @Test
    void theRfcExampleOfTheDnsNamespaceHolds() {
        // RFC 9562 appendix A.4: v5 of "www.example.com" in the DNS namespace
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(EnterpriseIds.v5(dns, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void differsByParkForTheSameCreditCode() {
        assertThat(EnterpriseIds.of("xingguo", "91310110666007217T"))
                .isNotEqualTo(EnterpriseIds.of("demo2", "91310110666007217T"));
        assertThat(EnterpriseIds.of("xingguo", "91310110666007217T").version()).isEqualTo(5);
    }
}
