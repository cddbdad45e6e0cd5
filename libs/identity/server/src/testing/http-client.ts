import { TestClient as ServiceTestClient } from '@bastion/platform-service-testing';

export type { TestResponse } from '@bastion/platform-service-testing';

/** The platform's test client, which can also sign in through the identity service. */
export class TestClient extends ServiceTestClient {
  override as(token: string | undefined): TestClient {
    return new TestClient(this.baseUrl, token);
  }

  /** Signs in and returns a client that carries the access token. */
  async login(username: string, password: string): Promise<TestClient & { refreshToken: string }> {
    const response = await this.post<{ accessToken: string; refreshToken: string }>('/auth/login', {
      username,
      password,
    });
    if (response.status !== 200)
      throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return Object.assign(this.as(response.body.accessToken), { refreshToken: response.body.refreshToken });
  }
}
