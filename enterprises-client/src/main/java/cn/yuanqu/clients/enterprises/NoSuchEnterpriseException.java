package cn.yuanqu.clients.enterprises;

/** enterprises-service has no such enterprise, or not one the caller may see: an answer, never retried. */
public class NoSuchEnterpriseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchEnterpriseException(String id) {
        super("no enterprise " + id + " visible to the caller", null, false, false);
    }
}
